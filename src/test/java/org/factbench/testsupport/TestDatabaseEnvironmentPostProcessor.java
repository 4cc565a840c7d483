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
 * users meet. Evidence snapshots are on for 127.0.0.1 only ({@code allowed-hosts-only}), where
 * tests serve pages from the JDK's HTTP server.
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
                Map.ofEntries(
                    Map.entry("spring.datasource.url", db.url()),
                    Map.entry("spring.datasource.username", db.username()),
                    Map.entry("spring.datasource.password", db.password()),
                    Map.entry("spring.datasource.hikari.maximum-pool-size", "10"),
                    Map.entry("factbench.demo.enabled", "true"),
                    Map.entry("factbench.database.mode", "test"),
                    // evidence snapshots on, but only ever for the loopback servers the tests
                    // start:
                    // no test sends traffic beyond this machine, nor asks a DNS server anything
                    Map.entry("factbench.snapshots.enabled", "true"),
                    Map.entry("factbench.snapshots.allowed-hosts", "127.0.0.1"),
                    Map.entry("factbench.snapshots.allowed-hosts-only", "true"),
                    Map.entry("factbench.snapshots.watch.per-host-delay", "50ms"),
                    Map.entry("factbench.snapshots.watch.poll", "24h"))));
  }
}
