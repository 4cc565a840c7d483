package org.factbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimMatching;
import org.factbench.claim.ClaimService;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.security.Role;
import org.factbench.testsupport.ClaimDataGenerator;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints timings; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test} (see
 * README). Loads 100,000 claims into one workspace, then times the claims grid's first page and a
 * filtered full-text page through the service (security, SQL, mapping), next to the same SQL over
 * plain JDBC; the similar-claims lookup; and the import rate of a 2 MB transcript (text extraction,
 * storage and scoring its sentences for suggestions).
 */
@Tag("benchmark")
@IntegrationTest
class ClaimsBenchmark {

  static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
  static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimMatching matching;
  @Autowired DocumentService documents;

  @Test
  void claims_grid_and_import() {
    var ws = fixtures.workspace("bench");
    var editor = fixtures.user("bench-editor");
    fixtures.member(ws, editor, Role.EDITOR);
    long loadMs = ClaimDataGenerator.generate(jdbc, ws.id(), editor.id(), CLAIMS);
    System.out.printf("%n[bench] loaded %,d claims in %,d ms%n", CLAIMS, loadMs);

    var page = PageRequest.of(0, 50);
    var text = ClaimFilter.NONE.withText("deficit budgets");
    // signed in once, as in a user's session: the timings cover the service's check, SQL and
    // mapping
    fixtures.as(
        editor,
        () -> {
          report("grid first page (service)", () -> claims.search(ws.id(), ClaimFilter.NONE, page));
          report(
              "grid first page (plain JDBC baseline)", () -> jdbcPage(ws.id(), ClaimFilter.NONE));
          report(
              "full-text page 'deficit budgets' (service)",
              () -> claims.search(ws.id(), text, page));
          report("full-text page (plain JDBC baseline)", () -> jdbcPage(ws.id(), text));
          // what the reader runs when an editor proposes a claim; the generated wordings share most
          // of their words, which is the hard case for the any-word candidate search
          report(
              "similar claims, a generated wording",
              () ->
                  matching.similar(
                      ws.id(),
                      "Defence spending rose to 631 percent in 2011, according to NATO",
                      null,
                      5));
          report(
              "similar claims, a sentence from elsewhere",
              () ->
                  matching.similar(
                      ws.id(),
                      "Western officials say 180,000 to 220,000 soldiers were killed in action",
                      null,
                      5));
        });

    // 2 MB (decimal), just under the 2,000,000-character import limit
    String transcript = transcript(1_990_000);
    double mb = transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1_000_000.0;
    List<Long> times = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      int i = run;
      long t0 = System.nanoTime();
      fixtures.as(
          editor,
          () ->
              documents.importText(
                  ws.id(), DocumentMetadata.titled("Bench transcript " + i), transcript));
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    double medianS = times.get(times.size() / 2) / 1e9;
    System.out.printf(
        "[bench] import of a %.2f MB transcript: median %.0f ms = %.1f MB/s%n",
        mb, medianS * 1000, mb / medianS);
  }

  /** The same SQL the service runs, over plain JDBC with no security check or mapping. */
  private Object jdbcPage(long workspaceId, ClaimFilter filter) {
    var q = ClaimService.searchQuery(workspaceId, filter, PageRequest.of(0, 50));
    return jdbc.sql(q.sql()).params(q.params()).query((rs, i) -> rs.getLong(1)).list();
  }

  private static void report(String what, Supplier<?> run) {
    for (int i = 0; i < 20; i++) {
      run.get(); // warm up
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      run.get();
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    System.out.printf(
        "[bench] %-45s median %6.2f ms  p95 %6.2f ms  (n=%d)%n",
        what,
        times.get(times.size() / 2) / 1e6,
        times.get((int) (times.size() * 0.95)) / 1e6,
        RUNS);
  }

  static String transcript(int bytes) {
    StringBuilder sb = new StringBuilder();
    int second = 0;
    String[] speakers = {"Moderator", "Senator Hale", "Minister Varga", "Analyst Mira Okafor"};
    String[] lines = {
      "Defence spending reached 6.3% of GDP this year, the highest share in the alliance.",
      "Western estimates put losses at 180,000-220,000 soldiers killed in action by the end of last year.",
      "We have doubled the budget in just two years, and the vote passed 311 to 112.",
      "I think the public deserves a clearer answer on where the money went.",
      "According to the statistics office, inflation fell to 2.4 percent in October."
    };
    int i = 0;
    while (sb.length() < bytes - 200) {
      sb.append(
          String.format(
              "%d:%02d:%02d %s: %s%n%n",
              second / 3600,
              (second / 60) % 60,
              second % 60,
              speakers[i % speakers.length],
              lines[i % lines.length]));
      second += 7;
      i++;
    }
    return sb.toString();
  }
}
