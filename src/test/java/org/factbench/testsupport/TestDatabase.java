package org.factbench.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL server of one test run, chosen once: a JDBC URL from {@code
 * FACTBENCH_TEST_JDBC_URL}, else Testcontainers when Docker answers (image {@code
 * FACTBENCH_PG_IMAGE}, default {@code postgres:17}), else an embedded PostgreSQL. {@code
 * FACTBENCH_TEST_DB=embedded} (or {@code testcontainers}) forces a choice.
 */
public final class TestDatabase {

  /** How to reach the chosen server. */
  public record Connection(String url, String username, String password, String description) {}

  private static Connection current;

  private TestDatabase() {}

  public static synchronized Connection get() {
    if (current == null) {
      current = start();
      String version = serverVersion(current);
      System.out.println(
          "[factbench-tests] database: " + current.description() + " | server: " + version);
    }
    return current;
  }

  private static Connection start() {
    String forced = env("FACTBENCH_TEST_DB", "auto");
    String url = env("FACTBENCH_TEST_JDBC_URL", "");
    if (forced.equals("auto") && !url.isBlank()) {
      return new Connection(
          url,
          env("FACTBENCH_TEST_JDBC_USER", "postgres"),
          env("FACTBENCH_TEST_JDBC_PASSWORD", ""),
          "external server from FACTBENCH_TEST_JDBC_URL");
    }
    if (forced.equals("testcontainers")) {
      return testcontainers();
    }
    if (forced.equals("auto") && DockerClientFactory.instance().isDockerAvailable()) {
      try {
        return testcontainers();
      } catch (RuntimeException e) {
        // Docker answers but cannot run the image (no registry, no image): say so, and go on
        // embedded.
        // FACTBENCH_TEST_DB=testcontainers makes this an error instead (CI sets it).
        System.out.println(
            "[factbench-tests] Testcontainers could not start PostgreSQL ("
                + e.getMessage()
                + "); using embedded PostgreSQL");
      }
    }
    return embedded();
  }

  private static Connection testcontainers() {
    String image = env("FACTBENCH_PG_IMAGE", "postgres:17");
    PostgreSQLContainer pg =
        new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
            .withDatabaseName("factbench")
            .withUsername("factbench")
            .withPassword("factbench");
    pg.start();
    Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "test-postgres-stop"));
    return new Connection(
        pg.getJdbcUrl(), pg.getUsername(), pg.getPassword(), "Testcontainers (" + image + ")");
  }

  private static Connection embedded() {
    try {
      Path dir = Files.createTempDirectory("factbench-test-pg");
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      pg.close();
                    } catch (IOException ignored) {
                      // stopping anyway
                    }
                  },
                  "test-postgres-stop"));
      try (var c = pg.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute("create database factbench");
      }
      return new Connection(
          pg.getJdbcUrl("postgres", "factbench"), "postgres", "", "embedded PostgreSQL (zonky)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens a plain JDBC connection to the test database, outside Spring. */
  public static java.sql.Connection open() throws SQLException {
    Connection c = get();
    return DriverManager.getConnection(c.url(), c.username(), c.password());
  }

  private static String serverVersion(Connection c) {
    try (java.sql.Connection jdbc =
            DriverManager.getConnection(c.url(), c.username(), c.password());
        Statement st = jdbc.createStatement();
        ResultSet rs = st.executeQuery("show server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the test database " + c.url(), e);
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }
}
