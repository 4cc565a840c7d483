package org.factbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load test's protocol client against the test application: an editor and a reviewer run the
 * scenario twice with short think times, and every write they were acknowledged is in the database
 * exactly once. Keeps the driver from rotting unnoticed.
 */
@IntegrationTest
class LoadDriverSmokeTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;

  @Test
  void two_analysts_speak_the_ui_protocol_and_every_acknowledged_write_lands_once()
      throws Exception {
    long ws = fixtures.workspace("load").id();
    LoadSeed.Seeded seeded = LoadSeed.seed(jdbc, ws, 1, 1, 300);
    Scenario.Work work = Scenario.work(jdbc, ws);
    LoadDriver.ACKS.clear();
    LoadDriver.ERRORS.clear();
    LoadDriver.Stats stats = new LoadDriver.Stats();
    long deadline = System.nanoTime() + 45_000_000_000L;
    String base = "http://127.0.0.1:" + port;
    List<Thread> analysts =
        List.of(
            Thread.ofVirtual()
                .start(
                    () ->
                        new Scenario(base, ws, seeded.editors().get(0), true, work, stats, 50, 150)
                            .run(0, deadline, 2)),
            Thread.ofVirtual()
                .start(
                    () ->
                        new Scenario(
                                base, ws, seeded.reviewers().get(0), false, work, stats, 50, 150)
                            .run(0, deadline, 2)));
    for (Thread t : analysts) {
      t.join();
    }

    assertThat(LoadDriver.ERRORS).isEmpty();
    assertThat(LoadDriver.ACKS)
        .extracting(LoadDriver.Ack::kind)
        .contains("edit", "source", "send-to-review", "approve");
    assertThat(VerifyWrites.verify(jdbc, ws, LoadDriver.ACKS)).isTrue();
  }
}
