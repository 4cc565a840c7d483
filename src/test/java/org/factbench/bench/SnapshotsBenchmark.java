package org.factbench.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.claim.panel.ClaimListBadges;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.testsupport.LoopbackPages;
import org.factbench.testsupport.WorkspaceDataGenerator;
import org.factbench.testsupport.WorkspaceDataGenerator.Sizes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints figures; asserts only that every page was archived. Run with {@code ./mvnw -Pbenchmark
 * test -Dtest=SnapshotsBenchmark -Dvaadin.skip}. Serves {@code bench.pages} (1,000) distinct HTML
 * pages of about 20 KB on 127.0.0.1, cites each once (100 claims with 10 sources each, through
 * {@link SourceService} as an editor, as the UI does), and lets the application archive them in the
 * background, 8 at a time ({@code factbench.snapshots.concurrency}): prints the time from the first
 * citation to the last snapshot, pages per second and the peak heap ({@link PeakHeap}). Meanwhile
 * another thread loads the claims grid's first page (50 rows, the service call plus the list's
 * evidence badges, as {@code ClaimsView} does) over and over; its median and p95 are printed beside
 * the same figure measured without the run, on a workspace of {@code bench.scale} (0.1: 10,000
 * claims) generated claims plus the cited ones.
 */
@Tag("benchmark")
@IntegrationTest
class SnapshotsBenchmark {

  static final int PAGES = Integer.getInteger("bench.pages", 1_000);
  static final int PER_CLAIM = 10;
  static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "0.1"));

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired List<ClaimListBadges> badges;

  @Test
  void a_thousand_cited_pages_are_archived_8_at_a_time_and_the_claims_grid_stays_responsive()
      throws Exception {
    var ws = fixtures.workspace("snap-bench");
    WorkspaceDataGenerator.Result loaded;
    try (Connection c = dataSource.getConnection()) {
      loaded =
          WorkspaceDataGenerator.populate(
              c, ws.id(), Fixtures.unique("snapbench"), Sizes.FULL.times(SCALE), Fixtures.PASSWORD);
    }
    System.out.printf("%n%s", loaded.summary());
    String editor = loaded.usernames().get(19);

    try (LoopbackPages web = new LoopbackPages()) {
      for (int k = 0; k < PAGES; k++) {
        web.page("/page/" + k, "text/html; charset=utf-8", page(k));
      }
      // the claims that will cite the pages, created before anything is measured
      List<Long> claimIds = new ArrayList<>();
      system.runAs(
          editor,
          () -> {
            for (int k = 0; k < PAGES / PER_CLAIM; k++) {
              claimIds.add(
                  claims
                      .create(ws.id(), NewClaim.byHand("Spending on item " + k + " rose by " + k))
                      .id());
            }
          });

      List<Long> quiet = system.runAs(editor, () -> gridTimes(ws.id(), 300, null));
      System.out.printf(
          "%n[bench] claims grid first page (50 rows + evidence badges), no fetching: median %.2f"
              + " ms, p95 %.2f ms (%d loads)%n",
          percentile(quiet, 0.5), percentile(quiet, 0.95), quiet.size());

      AtomicBoolean running = new AtomicBoolean(true);
      List<Long> busy = Collections.synchronizedList(new ArrayList<>());
      Thread loader =
          Thread.ofPlatform()
              .name("grid-loader")
              .start(
                  () ->
                      busy.addAll(
                          system.runAs(
                              editor, () -> gridTimes(ws.id(), Integer.MAX_VALUE, running))));

      PeakHeap heap = PeakHeap.start();
      long t0 = System.nanoTime();
      AtomicInteger cited = new AtomicInteger();
      system.runAs(
          editor,
          () -> {
            for (int k = 0; k < PAGES; k++) {
              long claim = claimIds.get(k / PER_CLAIM);
              sources.addSource(
                  ws.id(),
                  claim,
                  new SourceInput(
                      web.url("/page/" + k),
                      "Page " + k,
                      "Loopback",
                      null,
                      null,
                      "figure number " + k + " is reported",
                      Stance.SUPPORTS,
                      ""));
              cited.incrementAndGet();
            }
          });
      long citedNanos = System.nanoTime() - t0;
      long archived;
      long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
      do {
        Thread.sleep(100);
        archived = settled(ws.id());
      } while (archived < PAGES && System.nanoTime() < deadline);
      long totalNanos = System.nanoTime() - t0;
      long peak = heap.stop();
      long live = heap.live();
      running.set(false);
      loader.join();

      Map<String, Long> outcomes = outcomes(ws.id());
      System.out.printf(
          "[bench] %d pages cited in %.1f s (the adding transactions), all fetched, read and stored"
              + " in %.1f s: %.1f pages/s, 8 at a time; outcomes %s; %d bodies%n",
          cited.get(),
          citedNanos / 1e9,
          totalNanos / 1e9,
          archived / (totalNanos / 1e9),
          outcomes,
          bodies(ws.id()));
      System.out.printf(
          "[bench] peak heap above the start: %.0f MB used (sampled every 5 ms), %.0f MB after a"
              + " collection (from a baseline of %.0f MB)%n",
          peak / 1e6, live / 1e6, heap.baseline() / 1e6);
      System.out.printf(
          "[bench] claims grid first page during the run: median %.2f ms, p95 %.2f ms (%d loads);"
              + " without the run: median %.2f ms, p95 %.2f ms%n",
          percentile(busy, 0.5),
          percentile(busy, 0.95),
          busy.size(),
          percentile(quiet, 0.5),
          percentile(quiet, 0.95));
      System.out.printf("[bench] requests served by the loopback server: %d%n", web.seen().size());
      org.assertj.core.api.Assertions.assertThat(archived).isEqualTo(PAGES);
      org.assertj.core.api.Assertions.assertThat(outcomes).containsOnlyKeys("OK");
    }
  }

  /** Loads the grid's first page {@code n} times (or while {@code running}); the times in ns. */
  private List<Long> gridTimes(long ws, int n, AtomicBoolean running) {
    var page = PageRequest.of(0, 50);
    List<Long> times = new ArrayList<>();
    for (int k = 0; k < 20 && running == null; k++) {
      grid(ws, page);
    }
    for (int k = 0; k < n && (running == null || running.get()); k++) {
      long t0 = System.nanoTime();
      grid(ws, page);
      times.add(System.nanoTime() - t0);
      if (running != null) {
        try {
          Thread.sleep(20); // a user paging, not a tight loop competing for the cores
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return times;
  }

  private void grid(long ws, PageRequest page) {
    List<Long> ids =
        queries.search(ws, ClaimFilter.NONE, page).getContent().stream().map(ClaimRow::id).toList();
    for (ClaimListBadges b : badges) {
      b.badges(ws, ids);
    }
  }

  private long settled(long ws) {
    return jdbc.sql(
            """
            select count(*) from evidence_source e
            where e.workspace_id = ? and e.archive_wanted_at is null
              and exists (select 1 from evidence_snapshot s where s.source_id = e.source_id)
            """)
        .param(ws)
        .query(Long.class)
        .single();
  }

  private Map<String, Long> outcomes(long ws) {
    Map<String, Long> m = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select s.outcome, count(*) from evidence_snapshot s
              join evidence_source e on e.source_id = s.source_id
            where e.workspace_id = ? group by s.outcome
            """)
        .param(ws)
        .query(
            rs -> {
              m.put(rs.getString(1), rs.getLong(2));
            });
    return m;
  }

  private long bodies(long ws) {
    return jdbc.sql(
            """
            select count(distinct s.body_sha256) from evidence_snapshot s
              join evidence_source e on e.source_id = s.source_id where e.workspace_id = ?
            """)
        .param(ws)
        .query(Long.class)
        .single();
  }

  private static double percentile(List<Long> nanos, double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get((int) Math.max(0, Math.ceil(sorted.size() * p) - 1)) / 1e6;
  }

  /** About 20 KB of HTML, different for each page, with the passage its source quotes. */
  static String page(int k) {
    StringBuilder html =
        new StringBuilder("<!doctype html><html><head><title>Statistics page ")
            .append(k)
            .append("</title><script>var tracking = ")
            .append(k)
            .append(";</script></head><body><h1>Page ")
            .append(k)
            .append("</h1>");
    for (int p = 0; p < 60; p++) {
      html.append("<p>Paragraph ")
          .append(p)
          .append(" of page ")
          .append(k)
          .append(": the ministry's statistics office published its quarterly tables on")
          .append(" spending, revenue, employment and prices, with revisions to earlier")
          .append(" quarters and notes on method.</p>\n");
      if (p == 30) {
        html.append("<p>The figure number ").append(k).append(" is reported here.</p>\n");
      }
    }
    String s = html.append("</body></html>").toString();
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
