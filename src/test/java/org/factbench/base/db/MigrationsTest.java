package org.factbench.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.factbench.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migrations_apply_on_an_empty_database_and_a_second_run_changes_nothing() throws Exception {
    String name = "migrations_" + Long.toString(System.nanoTime(), 36);
    try (Connection admin = TestDatabase.open();
        Statement st = admin.createStatement()) {
      st.execute("create database " + name);
    }
    var db = TestDatabase.get();
    String url = db.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(url, db.username(), db.password())
              .locations("classpath:db/migration")
              .load();
      var first = flyway.migrate();
      assertThat(first.success).isTrue();
      assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
      assertThat(flyway.migrate().migrationsExecuted).isZero();
      flyway.validate();

      try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select table_name from information_schema.tables where table_schema = 'public'")) {
        List<String> tables = new ArrayList<>();
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
        assertThat(tables).contains("app_user", "login_attempt", "workspace", "workspace_member");
      }
    } finally {
      try (Connection admin = TestDatabase.open();
          Statement st = admin.createStatement()) {
        st.execute("drop database if exists " + name + " with (force)");
      }
    }
  }
}
