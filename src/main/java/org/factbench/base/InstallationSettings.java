package org.factbench.base;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings of the whole installation, kept in PostgreSQL ({@code app_setting}) so every node sees
 * the same: for example whether the demo was seeded. Callers decide who may change what.
 */
@Service
public class InstallationSettings {

  private final JdbcClient jdbc;

  InstallationSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The value stored under {@code key}, if any. */
  @Transactional(readOnly = true)
  public Optional<String> get(String key) {
    return jdbc.sql("select value from app_setting where key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }

  /** Stores {@code value} under {@code key}, replacing what was there. */
  @Transactional
  public void put(String key, String value) {
    jdbc.sql(
            """
            insert into app_setting (key, value) values (?, ?)
            on conflict (key) do update set value = excluded.value
            """)
        .params(key, value)
        .update();
  }
}
