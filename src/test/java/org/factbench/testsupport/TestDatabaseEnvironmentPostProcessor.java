package org.factbench.testsupport;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at the run's {@link TestDatabase} before the application
 * decides whether to start its own embedded server, and turns the demo data on so tests meet what
 * users meet.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 20;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    TestDatabase.Connection db = TestDatabase.get();
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "factbench-test-database",
                Map.of(
                    "spring.datasource.url",
                    db.url(),
                    "spring.datasource.username",
                    db.username(),
                    "spring.datasource.password",
                    db.password(),
                    "spring.datasource.hikari.maximum-pool-size",
                    "10",
                    "factbench.demo.enabled",
                    "true",
                    "factbench.database.mode",
                    "test")));
  }
}
