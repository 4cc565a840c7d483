package org.factbench.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimSearch;
import org.factbench.claim.ClaimService;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.matching.SimilarClaims;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.testsupport.StatementCounter;
import org.factbench.testsupport.WorkspaceDataGenerator;
import org.factbench.testsupport.WorkspaceDataGenerator.Sizes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints timings; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=ClaimsBenchmark} (see README). Loads a full workspace with {@link WorkspaceDataGenerator}
 * (100,000 claims, 300,000 sources, 50,000 notes, 500 documents, 200 members; {@code
 * -Dbench.scale=0.1} for a tenth), then times, as a signed-in editor, each through the service
 * method the UI calls (security check, SQL, mapping) and next to a plain-JDBC baseline where one
 * exists: the claims grid's first page and a filtered full-text page, saving a claim edit, the
 * claim detail, the similar-claims lookup, and the import rate of a 2 MB transcript. Each line is a
 * Markdown table row: median and p95 of {@code bench.runs} (200) runs after 20 warm-up runs.
 */
@Tag("benchmark")
@IntegrationTest
class ClaimsBenchmark {

  static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
  static final int RUNS = Integer.getInteger("bench.runs", 200);
  static final int WARM_UP = 20;

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SimilarClaims matching;
  @Autowired DocumentService documents;
  @Autowired org.factbench.claim.DeskTallies tallies;
  @Autowired org.factbench.desk.DeskDashboard dashboard;
  @Autowired org.factbench.evidence.WatchTallies watchTallies;

  /** Median and p95 of one measured operation, in milliseconds. */
  record Timing(double median, double p95) {}

  @Test
  void claims_grid_edit_detail_and_import_on_a_full_workspace() throws Exception {
    var ws = fixtures.workspace("bench");
    Sizes sizes = Sizes.FULL.times(SCALE);
    WorkspaceDataGenerator.Result loaded;
    try (Connection c = dataSource.getConnection()) {
      loaded =
          WorkspaceDataGenerator.populate(
              c, ws.id(), Fixtures.unique("bench"), sizes, Fixtures.PASSWORD);
    }
    System.out.printf("%n%s", loaded.summary());
    // the 20th member is an editor (members 1-5 are admins, then editors up to 65%)
    String editor = loaded.usernames().get(19);

    System.out.printf(
        "%n[bench] | what | service median | service p95 | baseline | baseline median |"
            + " baseline p95 | p95 ratio |%n[bench] |---|---:|---:|---|---:|---:|---:|%n");
    var page = PageRequest.of(0, 50);
    var text = ClaimFilter.NONE.withText("deficit budgets");
    // signed in once, as in a user's session: the timings cover the service's check, SQL and
    // mapping
    system.runAs(
        editor,
        () -> {
          compare(
              "grid first page (50 rows)",
              () -> queries.search(ws.id(), ClaimFilter.NONE, page),
              "same SQL over JDBC",
              () -> jdbcPage(ws.id(), ClaimFilter.NONE));
          compare(
              "full-text page 'deficit budgets'",
              () -> queries.search(ws.id(), text, page),
              "same SQL over JDBC",
              () -> jdbcPage(ws.id(), text));
          saveEdits(ws.id());
          detail(ws.id());
          // the desk lead's overview: every figure computed (as after the cache expires), then
          // served from the 30-second cache
          java.time.Instant now = java.time.Instant.now();
          compare(
              "desk dashboard, last 30 days, computed",
              () ->
                  tallies.figures(
                      ws.id(), now.minus(java.time.Duration.ofDays(30)), now.plusSeconds(1), now),
              null,
              null);
          compare(
              "desk dashboard, last 30 days, cached",
              () -> dashboard.lastDays(ws.id(), 30),
              null,
              null);
          compare(
              "desk dashboard, cited pages under watch, computed",
              () -> watchTallies.of(ws.id()),
              null,
              null);
          // what the reader runs when an editor proposes a claim; the generated wordings share most
          // of their words, which is the hard case for the any-word candidate search
          compare(
              "similar claims, a generated wording",
              () ->
                  matching.similar(
                      ws.id(),
                      "Defence spending rose to 631 percent in 2011, according to NATO",
                      null,
                      5),
              null,
              null);
          compare(
              "similar claims, a sentence from elsewhere",
              () ->
                  matching.similar(
                      ws.id(),
                      "Western officials say 180,000 to 220,000 soldiers were killed in action",
                      null,
                      5),
              null,
              null);
        });

    // 2 MB (decimal), just under the 2,000,000-character import limit
    String transcript = transcript(1_990_000);
    double mb = transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1_000_000.0;
    List<Long> times = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      int i = run;
      long t0 = System.nanoTime();
      system.runAs(
          editor,
          () ->
              documents.importText(
                  ws.id(), DocumentMetadata.titled("Bench transcript " + i), transcript));
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    double medianS = times.get(times.size() / 2) / 1e9;
    System.out.printf(
        "%n[bench] import of a %.2f MB transcript: median %.0f ms = %.1f MB/s%n",
        mb, medianS * 1000, mb / medianS);
  }

  /**
   * Saves edits of the rationale as the claim form does (the version the editor saw; history rows
   * and NOTIFY in the same transaction; the form then shows the detail the save returns), rotating
   * over 20 claims in research; the baseline is a plain versioned UPDATE in a transaction.
   */
  private void saveEdits(long ws) {
    List<Long> ids =
        jdbc.sql(
                "select id from claim where workspace_id = ? and status = 'IN_RESEARCH'"
                    + " and deleted_at is null order by id limit 40")
            .param(ws)
            .query(Long.class)
            .list();
    List<ClaimDetail> forms = new ArrayList<>();
    for (long id : ids.subList(0, 20)) {
      forms.add(queries.detail(ws, id));
    }
    long[] versions =
        ids.subList(20, 40).stream()
            .mapToLong(
                id ->
                    jdbc.sql("select version from claim where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
            .toArray();
    int[] n = {0, 0};
    // how many statements one save sends (a first edit of a claim not used below)
    long probe = ids.get(0);
    ClaimDetail before = queries.detail(ws, probe);
    ClaimEdit pe = before.toEdit();
    var counted =
        StatementCounter.count(
            () ->
                claims.update(
                    ws,
                    probe,
                    new ClaimEdit(
                        pe.wording(),
                        pe.claimant(),
                        pe.timeSeconds(),
                        pe.tags(),
                        pe.assigneeId(),
                        pe.ratingId(),
                        "Counting the statements of one save.",
                        pe.version())));
    forms.set(0, counted.value());
    System.out.printf(
        "[bench] statements of one save (with the detail it returns): %d%n", counted.count());
    compare(
        "save a claim edit (update, returns detail)",
        () -> {
          int i = n[0]++ % forms.size();
          ClaimDetail form = forms.get(i);
          ClaimEdit e = form.toEdit();
          ClaimDetail saved =
              claims.update(
                  ws,
                  form.id(),
                  new ClaimEdit(
                      e.wording(),
                      e.claimant(),
                      e.timeSeconds(),
                      e.tags(),
                      e.assigneeId(),
                      e.ratingId(),
                      "Checked against the revised series, edit " + n[0] + ".",
                      e.version()));
          forms.set(i, saved);
          return saved;
        },
        "versioned UPDATE over JDBC",
        () -> {
          int i = n[1]++ % versions.length;
          long id = ids.get(20 + i);
          try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                c.prepareStatement(
                    "update claim set rationale = ?, updated_at = now(),"
                        + " version = version + 1 where id = ? and version = ?")) {
              ps.setString(1, "Checked against the revised series, edit " + n[1] + ".");
              ps.setLong(2, id);
              ps.setLong(3, versions[i]);
              if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("version conflict in the baseline");
              }
            }
            c.commit();
            c.setAutoCommit(true);
            versions[i]++;
          } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
          }
          return null;
        });
  }

  /** The claim panel's detail of a claim with several sources and notes. */
  private void detail(long ws) {
    var claim =
        jdbc.sql(
                """
                select c.id, (select count(*) from source s where s.claim_id = c.id) as sources,
                       (select count(*) from note n where n.claim_id = c.id) as notes
                from claim c
                where c.workspace_id = ? and c.deleted_at is null and c.document_id is not null
                  and (select count(*) from source s where s.claim_id = c.id) >= 5
                order by (select count(*) from note n where n.claim_id = c.id) desc, c.id
                limit 1
                """)
            .param(ws)
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .single();
    System.out.printf(
        "[bench] statements of one claim detail: %d%n",
        StatementCounter.count(() -> queries.detail(ws, claim[0])).count());
    compare(
        "claim detail (" + claim[1] + " sources, " + claim[2] + " notes)",
        () -> queries.detail(ws, claim[0]),
        null,
        null);
  }

  /** The same SQL the service runs, over plain JDBC with no security check or mapping. */
  private Object jdbcPage(long workspaceId, ClaimFilter filter) {
    var q = ClaimSearch.query(workspaceId, filter, PageRequest.of(0, 50));
    return jdbc.sql(q.sql()).params(q.params()).query((rs, i) -> rs.getLong(1)).list();
  }

  /** Times {@code run} and, when given, its baseline, and prints one table row. */
  private static void compare(
      String what, Supplier<?> run, String baselineName, Supplier<?> baseline) {
    Timing t = time(run);
    if (baseline == null) {
      System.out.printf(
          "[bench] | %s | %.2f ms | %.2f ms | none | | | |%n", what, t.median(), t.p95());
      return;
    }
    Timing b = time(baseline);
    System.out.printf(
        "[bench] | %s | %.2f ms | %.2f ms | %s | %.2f ms | %.2f ms | %.1fx |%n",
        what, t.median(), t.p95(), baselineName, b.median(), b.p95(), t.p95() / b.p95());
  }

  static Timing time(Supplier<?> run) {
    for (int i = 0; i < WARM_UP; i++) {
      run.get();
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      run.get();
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    return new Timing(
        times.get(times.size() / 2) / 1e6,
        times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6);
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
