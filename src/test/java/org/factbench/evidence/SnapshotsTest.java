package org.factbench.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.factbench.base.NotFoundException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Evidence;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportRequest;
import org.factbench.report.ReportService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.testsupport.LoopbackPages;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evidence snapshots through the services, on real PostgreSQL, of pages served by the JDK's HTTP
 * server on 127.0.0.1 (the one host the test run's allow list names, with {@code
 * allowed-hosts-only}: nothing here can fetch from anywhere else). Archives run in the background
 * after the adding transaction commits, as in the application; the tests wait for them.
 */
@IntegrationTest
class SnapshotsTest {

  static final String PAGE =
      """
      <!doctype html><html><head><title>Budget statement 2026</title>
      <style>body { color: red }</style><script>var secret = "never in the text";</script></head>
      <body><h1>Budget statement</h1>
      <p>The defence budget rose by 4.1 percent in 2026, the ministry said on Tuesday.</p>
      <p>Spending on pensions stayed flat at 9.8 billion.</p>
      <p>The minister’s “plan” – approved in May.</p>
      </body></html>
      """;

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;
  @Autowired SnapshotService snapshots;
  @Autowired SnapshotRunner runner;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired ReportService reports;
  @Autowired SystemTasks system;
  @Autowired WorkspaceService workspaces;

  LoopbackPages web;
  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary reviewer;
  UserSummary viewer;
  UserSummary outsider;

  @BeforeEach
  void aWorkspaceAndAWebServer() {
    web = new LoopbackPages();
    ws = fixtures.workspace("evidence");
    editor = fixtures.user("ev-editor");
    reviewer = fixtures.user("ev-reviewer");
    viewer = fixtures.user("ev-viewer");
    outsider = fixtures.user("ev-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
  }

  @AfterEach
  void stopTheServer() {
    web.close();
  }

  // ------------------------------------------------------------------------- archive on citation

  @Test
  void a_cited_page_is_archived_with_its_hash_title_and_text_and_the_body_is_stored_once() {
    web.page("/budget", "text/html; charset=utf-8", PAGE);
    ClaimDetail c = claim("The defence budget rose by 4.1 percent.");
    Evidence s = cite(c, "/budget", "the defence budget rose by 4.1 percent in 2026");
    Evidence again = cite(c, "/budget", "");

    SourceArchive a = archived(c, s);
    assertThat(a.sha256()).isEqualTo(org.factbench.base.Sha256.hex(PAGE));
    assertThat(a.httpStatus()).isEqualTo(200);
    assertThat(a.title()).isEqualTo("Budget statement 2026");
    assertThat(a.passage()).isEqualTo(PassageState.FOUND);
    assertThat(a.watch()).isEqualTo(WatchState.UNCHANGED);
    assertThat(archived(c, again).passage()).isEqualTo(PassageState.NO_PASSAGE);

    SnapshotView v = onlySnapshot(c, s);
    assertThat(v.kind()).isEqualTo("ARCHIVE");
    assertThat(v.outcome()).isEqualTo("OK");
    assertThat(v.finalUrl()).isEqualTo(web.url("/budget"));
    assertThat(v.contentType()).isEqualTo("text/html");
    assertThat(v.fetchedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    String text = as(reviewer, () -> snapshots.text(ws.id(), c.id(), s.id(), v.id()).text());
    assertThat(text)
        .contains("The defence budget rose by 4.1 percent in 2026")
        .contains("Spending on pensions stayed flat")
        .doesNotContain("never in the text")
        .doesNotContain("color: red");
    // two sources cite the same page: two snapshots, one body
    assertThat(
            jdbc.sql("select count(*) from evidence_body where sha256 = ?")
                .param(a.sha256())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from evidence_snapshot where body_sha256 = ? and source_id in"
                        + " (?, ?)")
                .params(a.sha256(), s.id(), again.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    // the history of the claim says it was archived, with the hash
    assertThat(entries(c, "source archived"))
        .anySatisfy(h -> assertThat(h.after()).contains("SHA-256 " + a.sha256()));
  }

  @Test
  void the_request_carries_a_clear_user_agent_and_no_cookies_or_credentials() {
    web.page("/budget", "text/html", PAGE);
    ClaimDetail c = claim("The defence budget rose.");
    archived(c, cite(c, "/budget", ""));

    LoopbackPages.Seen seen = web.seen().getFirst();
    assertThat(header(seen, "User-Agent")).startsWith("Factbench-Snapshot/");
    assertThat(header(seen, "Host")).isEqualTo("127.0.0.1:" + web.port());
    assertThat(seen.headers().keySet())
        .map(String::toLowerCase)
        .doesNotContain("cookie", "authorization", "referer", "x-forwarded-for");
  }

  @Test
  void passages_are_found_differ_slightly_or_are_not_found() {
    web.page("/budget", "text/html", PAGE);
    ClaimDetail c = claim("The defence budget rose by 4.1 percent.");
    // other quotes, dashes, case and white space are normalised
    Evidence found = cite(c, "/budget", "The MINISTER'S  \"plan\" - approved   in may");
    Evidence similar =
        cite(c, "/budget", "The defense budget rose by 4.1 per cent in 2026, the ministry said");
    Evidence notFound = cite(c, "/budget", "Tanks were sold to a neighbouring country last year.");

    assertThat(archived(c, found).passage()).isEqualTo(PassageState.FOUND);
    SourceArchive s = archived(c, similar);
    assertThat(s.passage()).isEqualTo(PassageState.SIMILAR);
    assertThat(s.similarity()).isBetween(80, 99);
    SourceArchive n = archived(c, notFound);
    assertThat(n.passage()).isEqualTo(PassageState.NOT_FOUND);
    assertThat(n.similarity()).isLessThan(80);
    // the claims list shows the weakest passage of the claim
    ClaimEvidence summary =
        as(reviewer, () -> snapshots.summaries(ws.id(), List.of(c.id()))).get(c.id());
    assertThat(summary.sources()).isEqualTo(3);
    assertThat(summary.passage()).isEqualTo(PassageState.NOT_FOUND);
  }

  @Test
  void a_page_in_another_charset_a_pdf_and_a_docx_are_read() throws IOException {
    web.page(
        "/latin",
        "text/html",
        "<html><head><title>Café</title></head><body><p>Le budget de la défense a augmenté"
            + " de 4,1 % – selon le ministère.</p></body></html>",
        Charset.forName("windows-1252"));
    web.bytes("/report.pdf", "application/pdf", pdf("Annual report: exports fell by 12 percent."));
    web.bytes(
        "/memo.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx("Memo: the new frigates arrive in 2027."));
    web.page("/plain.txt", "text/plain", "Plain text: reserves were called up in March.");
    ClaimDetail c = claim("Several sources in several formats.");
    Evidence latin = cite(c, "/latin", "Le budget de la défense a augmenté de 4,1 % - selon");
    Evidence pdf = cite(c, "/report.pdf", "exports fell by 12 percent");
    Evidence docx = cite(c, "/memo.docx", "the new frigates arrive in 2027");
    Evidence txt = cite(c, "/plain.txt", "reserves were called up in March");

    assertThat(archived(c, latin).passage()).isEqualTo(PassageState.FOUND);
    assertThat(text(c, latin)).contains("défense a augmenté").doesNotContain("\uFFFD");
    assertThat(archived(c, pdf).passage()).isEqualTo(PassageState.FOUND);
    assertThat(onlySnapshot(c, pdf).contentType()).isEqualTo("application/pdf");
    assertThat(archived(c, docx).passage()).isEqualTo(PassageState.FOUND);
    assertThat(archived(c, txt).passage()).isEqualTo(PassageState.FOUND);
  }

  // ---------------------------------------------------------------------- failures and limits

  @Test
  void pages_not_found_or_gone_are_marked_gone_and_their_passage_not_archived() {
    web.status("/missing", 404).status("/removed", 410).status("/broken", 500);
    ClaimDetail c = claim("Sources that are not there.");
    Evidence missing = cite(c, "/missing", "a passage");
    Evidence removed = cite(c, "/removed", "a passage");
    Evidence broken = cite(c, "/broken", "a passage");

    SourceArchive m = settled(c, missing);
    assertThat(m.watch()).isEqualTo(WatchState.GONE);
    assertThat(m.passage()).isEqualTo(PassageState.NOT_ARCHIVED);
    assertThat(m.problem()).isEqualTo("The page is not found (404).");
    assertThat(m.archived()).isFalse();
    SourceArchive r = settled(c, removed);
    assertThat(r.watch()).isEqualTo(WatchState.GONE);
    assertThat(r.problem()).isEqualTo("The page is gone (410).");
    SourceArchive b = settled(c, broken);
    assertThat(b.watch()).isEqualTo(WatchState.UNREACHABLE);
    assertThat(b.problem()).contains("status 500");
    SnapshotView v = onlySnapshot(c, missing);
    assertThat(v.httpStatus()).isEqualTo(404);
    assertThat(v.outcome()).isEqualTo("GONE");
    assertThat(v.sha256()).isNull();
  }

  @Test
  void a_redirect_is_followed_on_the_allow_list_and_refused_off_it() {
    web.page("/new-home", "text/html", PAGE)
        .redirect("/old-home", "/new-home")
        .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
        .redirect("/to-other-loopback", "http://127.0.0.2:" + web.port() + "/new-home");
    ClaimDetail c = claim("Redirected sources.");
    Evidence moved = cite(c, "/old-home", "defence budget rose");
    Evidence metadata = cite(c, "/to-metadata", "");
    Evidence other = cite(c, "/to-other-loopback", "");

    assertThat(archived(c, moved).passage()).isEqualTo(PassageState.FOUND);
    assertThat(onlySnapshot(c, moved).finalUrl()).isEqualTo(web.url("/new-home"));
    SourceArchive m = settled(c, metadata);
    assertThat(m.watch()).isEqualTo(WatchState.UNREACHABLE);
    assertThat(m.problem()).contains("allow list");
    assertThat(onlySnapshot(c, metadata).outcome()).isEqualTo("REFUSED");
    assertThat(onlySnapshot(c, metadata).finalUrl())
        .isEqualTo("http://169.254.169.254/latest/meta-data/");
    assertThat(settled(c, other).problem()).contains("allow list");
    assertThat(web.hits("/new-home")).isEqualTo(1);
  }

  @Test
  void a_body_over_the_size_limit_is_not_archived_and_the_reason_is_kept() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    web.bytes("/huge.txt", "text/plain", big);
    web.bytes("/image.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    ClaimDetail c = claim("Sources too large or of another kind.");
    Evidence huge = cite(c, "/huge.txt", "aaa");
    Evidence image = cite(c, "/image.png", "");

    SourceArchive h = settled(c, huge);
    assertThat(h.problem()).isEqualTo("The page is larger than 10 MB.");
    assertThat(h.passage()).isEqualTo(PassageState.NOT_ARCHIVED);
    assertThat(onlySnapshot(c, huge).outcome()).isEqualTo("TOO_LARGE");
    assertThat(settled(c, image).problem())
        .isEqualTo("Only HTML, PDF, DOCX and plain text are archived; this is image/png.");
  }

  @Test
  void a_gzip_bomb_is_stopped_at_the_limit_once_unpacked() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int k = 0; k < 64; k++) {
        gz.write(zeros);
      }
    }
    byte[] bomb = packed.toByteArray();
    assertThat(bomb.length).isLessThan(200_000); // 64 MB of zeros in well under 1 MB
    web.handle(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, bomb.length);
          ex.getResponseBody().write(bomb);
        });
    ClaimDetail c = claim("A gzip bomb.");
    Evidence s = cite(c, "/bomb", "");

    assertThat(settled(c, s).problem()).isEqualTo("The page is larger than 10 MB once unpacked.");
  }

  // -------------------------------------------------------------- archive again, watch, review

  @Test
  void archive_again_takes_a_new_snapshot_and_keeps_the_old_one() {
    web.page("/budget", "text/html", PAGE);
    ClaimDetail c = claim("The defence budget rose.");
    Evidence s = cite(c, "/budget", "defence budget rose by 4.1 percent");
    SourceArchive first = archived(c, s);
    web.page("/budget", "text/html", PAGE.replace("4.1 percent", "4.3 percent"));

    as(editor, () -> snapshots.archiveAgain(ws.id(), c.id(), s.id()));
    waitUntil(() -> snapshotsOf(c, s).size() == 2 && !wanted(c, s));

    List<SnapshotView> all = snapshotsOf(c, s);
    assertThat(all).extracting(SnapshotView::kind).containsExactly("ARCHIVE", "ARCHIVE");
    assertThat(all.get(1).sha256()).isEqualTo(first.sha256());
    SourceArchive now = archive(c, s);
    assertThat(now.snapshotId()).isEqualTo(all.get(0).id());
    assertThat(now.passage()).isEqualTo(PassageState.SIMILAR);
    assertThat(entries(c, "passage check"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.before()).isEqualTo("found in the archived copy");
              assertThat(h.after()).startsWith("differs slightly (");
            });
    // viewers read snapshots but do not take them; people outside the workspace see nothing
    assertThatThrownBy(() -> as(viewer, () -> snapshots.archiveAgain(ws.id(), c.id(), s.id())))
        .isInstanceOf(AccessDeniedException.class);
    // viewers read the snapshots of published claims only, as they read claims
    assertThatThrownBy(() -> as(viewer, () -> snapshots.forClaim(ws.id(), c.id())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Viewers see published claims only.");
    assertThatThrownBy(() -> as(outsider, () -> snapshots.forClaim(ws.id(), c.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_watch_finds_a_changed_page_with_its_diff_and_running_it_again_changes_nothing() {
    web.page("/budget", "text/html", PAGE);
    web.page("/steady", "text/plain", "Nothing changes here.");
    ClaimDetail c = claim("The defence budget rose.");
    Evidence s = cite(c, "/budget", "defence budget rose by 4.1 percent");
    Evidence steady = cite(c, "/steady", "Nothing changes here");
    archived(c, s);
    archived(c, steady);

    // unchanged pages: a round of the watch stores nothing and writes no history
    assertThat(runner.watch(Instant.now().plus(Duration.ofDays(2)), ws.id(), true)).isEqualTo(2);
    assertThat(snapshotsOf(c, s)).hasSize(1);
    assertThat(archive(c, s).watch()).isEqualTo(WatchState.UNCHANGED);
    assertThat(entries(c, "source watch")).isEmpty();

    web.page(
        "/budget",
        "text/html",
        PAGE.replace("Spending on pensions stayed flat at 9.8 billion.", "Pensions fell."));
    assertThat(runner.watch(Instant.now().plus(Duration.ofDays(4)), ws.id(), true)).isEqualTo(2);
    SourceArchive changed = archive(c, s);
    assertThat(changed.watch()).isEqualTo(WatchState.CHANGED);
    assertThat(changed.passage()).isEqualTo(PassageState.FOUND); // still checked in the cited copy
    assertThat(archive(c, steady).watch()).isEqualTo(WatchState.UNCHANGED);
    SnapshotService.Changes diff = as(reviewer, () -> snapshots.changes(ws.id(), c.id(), s.id()));
    assertThat(diff.diff().lines())
        .anySatisfy(
            l -> {
              assertThat(l.kind()).isEqualTo(org.factbench.evidence.text.TextDiff.Kind.REMOVED);
              assertThat(l.text()).contains("Spending on pensions stayed flat at 9.8 billion.");
            })
        .anySatisfy(
            l -> {
              assertThat(l.kind()).isEqualTo(org.factbench.evidence.text.TextDiff.Kind.ADDED);
              assertThat(l.text()).contains("Pensions fell.");
            });
    assertThat(entries(c, "source watch"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.before()).isEqualTo("unchanged");
              assertThat(h.after()).isEqualTo("changed since cited");
              assertThat(h.actorName()).isEqualTo("Factbench");
            });

    // the same change found again: no new snapshot, no new history row
    int before = snapshotsOf(c, s).size();
    assertThat(runner.watch(Instant.now().plus(Duration.ofDays(6)), ws.id(), true)).isEqualTo(2);
    assertThat(runner.watch(Instant.now().plus(Duration.ofDays(8)), ws.id(), true)).isEqualTo(2);
    assertThat(snapshotsOf(c, s)).hasSize(before).hasSize(2);
    assertThat(snapshotsOf(c, steady)).hasSize(1);
    assertThat(entries(c, "source watch")).hasSize(1);
    assertThat(archive(c, s).watch()).isEqualTo(WatchState.CHANGED);
  }

  @Test
  void a_source_of_a_published_claim_that_changes_or_goes_puts_the_claim_on_the_review_queue() {
    web.page("/budget", "text/html", PAGE);
    web.page("/gone-later", "text/plain", "This page will go.");
    ClaimDetail c = published("The defence budget rose by 4.1 percent.", "/budget", "/gone-later");
    assertThat(as(reviewer, () -> snapshots.publishedWithChangedSources(ws.id(), page())))
        .isEmpty();

    web.page("/budget", "text/html", PAGE.replace("4.1 percent", "2.0 percent"));
    web.status("/gone-later", 410);
    Evidence s =
        c.sources().stream().filter(x -> x.url().endsWith("/budget")).findFirst().orElseThrow();
    as(editor, () -> snapshots.checkNow(ws.id(), c.id(), s.id()));
    waitUntil(() -> archive(c, s).watch() == WatchState.CHANGED);
    runner.watch(Instant.now().plus(Duration.ofDays(2)), ws.id(), true);

    var queue = as(reviewer, () -> snapshots.publishedWithChangedSources(ws.id(), page()));
    assertThat(as(viewer, () -> snapshots.forClaim(ws.id(), c.id())))
        .extracting(SourceArchive::watch)
        .containsExactlyInAnyOrder(WatchState.CHANGED, WatchState.GONE);
    assertThat(queue.getContent())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.id()).isEqualTo(c.id());
              assertThat(row.status()).isEqualTo(ClaimStatus.PUBLISHED);
              assertThat(row.comment())
                  .contains("Source changed since cited: " + web.url("/budget"))
                  .contains("Source gone: " + web.url("/gone-later"));
            });
    // the report gives each source its archive time, hash and state
    SourceArchive budget = archive(c, s);
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    as(
        viewer,
        () -> {
          reports.export(ws.id(), ReportRequest.published(null), ReportFormat.CSV, csv);
          return null;
        });
    assertThat(csv.toString(StandardCharsets.UTF_8))
        .contains(web.url("/budget") + " (Archived ")
        .contains("SHA-256 " + budget.sha256())
        .contains("page changed since cited");
    assertThat(entries(c, "source watch"))
        .hasSize(2)
        .allSatisfy(
            h -> assertThat(h.reason()).startsWith("The claim is published and its source"));
  }

  // --------------------------------------------------------------------- what is never fetched

  @Test
  void the_demo_workspace_and_hosts_off_the_allow_list_are_never_fetched() {
    long demo =
        jdbc.sql("select value from app_setting where key = 'demo.workspace-id'")
            .query(String.class)
            .optional()
            .map(Long::valueOf)
            .orElseThrow();
    web.page("/budget", "text/html", PAGE);
    UserSummary demoEditor = fixtures.user("demo-editor");
    system.runAs("admin", () -> workspaces.setMember(demo, demoEditor.username(), Role.EDITOR));
    ClaimDetail d =
        fixtures.as(demoEditor, () -> claims.create(demo, NewClaim.byHand("A demo claim.")));
    Evidence ds =
        fixtures.as(
            demoEditor,
            () -> sources.addSource(demo, d.id(), input(web.url("/budget"), "defence budget")));
    ClaimDetail c = claim("A source on the internet.");
    Evidence far =
        as(editor, () -> sources.addSource(ws.id(), c.id(), input("https://example.org/a", "")));

    assertThat(fixtures.as(demoEditor, () -> snapshots.whyNotFetched(demo, web.url("/budget"))))
        .isEqualTo("Sources of the demo workspace are never fetched.");
    assertThatThrownBy(
            () -> fixtures.as(demoEditor, () -> snapshots.archiveAgain(demo, d.id(), ds.id())))
        .isInstanceOf(SnapshotsUnavailableException.class);
    assertThatThrownBy(() -> as(editor, () -> snapshots.archiveAgain(ws.id(), c.id(), far.id())))
        .isInstanceOf(SnapshotsUnavailableException.class)
        .hasMessageContaining("allow list");
    runner.watch(Instant.now().plus(Duration.ofDays(2)), demo, true);
    runner.watch(Instant.now().plus(Duration.ofDays(2)), ws.id(), true);
    assertThat(web.hits("/budget")).isZero();
    assertThat(fixtures.as(demoEditor, () -> snapshots.archive(demo, d.id(), ds.id())).passage())
        .isEqualTo(PassageState.PENDING);
    assertThat(archive(c, far).passage()).isEqualTo(PassageState.PENDING);
    assertThat(snapshotsOf(c, far)).isEmpty();
  }

  // ------------------------------------------------------------------------------------ helpers

  private ClaimDetail claim(String wording) {
    return as(editor, () -> claims.create(ws.id(), NewClaim.byHand(wording)));
  }

  private Evidence cite(ClaimDetail c, String path, String passage) {
    return as(editor, () -> sources.addSource(ws.id(), c.id(), input(web.url(path), passage)));
  }

  private static SourceInput input(String url, String passage) {
    return new SourceInput(url, "A page", "", null, null, passage, Stance.SUPPORTS, "", "", null);
  }

  private ClaimDetail published(String wording, String... paths) {
    ClaimDetail c = claim(wording);
    for (String p : paths) {
      archived(c, cite(c, p, ""));
    }
    ClaimEdit e = c.toEdit();
    long rating =
        as(editor, () -> ratings.of(ws.id())).stream()
            .filter(v -> v.label().equals("True"))
            .findFirst()
            .orElseThrow()
            .id();
    ClaimDetail rated =
        as(
            editor,
            () ->
                claims.update(
                    ws.id(),
                    c.id(),
                    new ClaimEdit(
                        e.wording(),
                        e.claimant(),
                        e.timeSeconds(),
                        e.tags(),
                        e.assigneeId(),
                        rating,
                        "The ministry's statement says so.",
                        e.version())));
    AtomicReference<ClaimDetail> now = new AtomicReference<>(rated);
    now.set(step(editor, now.get(), ReviewAction.START_RESEARCH));
    now.set(step(editor, now.get(), ReviewAction.SEND_TO_REVIEW));
    now.set(step(reviewer, now.get(), ReviewAction.APPROVE));
    now.set(step(reviewer, now.get(), ReviewAction.PUBLISH));
    assertThat(now.get().status()).isEqualTo(ClaimStatus.PUBLISHED);
    return now.get();
  }

  private ClaimDetail step(UserSummary who, ClaimDetail c, ReviewAction action) {
    return as(who, () -> review.transition(ws.id(), c.id(), action, null, c.version()));
  }

  private SourceArchive archive(ClaimDetail c, Evidence s) {
    return as(reviewer, () -> snapshots.archive(ws.id(), c.id(), s.id()));
  }

  private boolean wanted(ClaimDetail c, Evidence s) {
    return archive(c, s).archiveWanted();
  }

  /** The source once its first fetch is done, archived or not. */
  private SourceArchive settled(ClaimDetail c, Evidence s) {
    waitUntil(() -> !snapshotsOf(c, s).isEmpty() && !wanted(c, s));
    return archive(c, s);
  }

  /** The source once archived; fails if the fetch did not succeed. */
  private SourceArchive archived(ClaimDetail c, Evidence s) {
    SourceArchive a = settled(c, s);
    assertThat(a.archived()).as("archived: %s", a.problem()).isTrue();
    return a;
  }

  private List<SnapshotView> snapshotsOf(ClaimDetail c, Evidence s) {
    return as(reviewer, () -> snapshots.snapshots(ws.id(), c.id(), s.id(), page())).getContent();
  }

  private SnapshotView onlySnapshot(ClaimDetail c, Evidence s) {
    List<SnapshotView> all = snapshotsOf(c, s);
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  private String text(ClaimDetail c, Evidence s) {
    SnapshotView v = snapshotsOf(c, s).getFirst();
    return as(reviewer, () -> snapshots.text(ws.id(), c.id(), s.id(), v.id()).text());
  }

  private List<HistoryEntry> entries(ClaimDetail c, String action) {
    return as(editor, () -> history.forClaim(ws.id(), c.id())).stream()
        .filter(h -> h.action().equals(action))
        .toList();
  }

  private static PageRequest page() {
    return PageRequest.of(0, 50);
  }

  private static String header(LoopbackPages.Seen seen, String name) {
    return seen.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().getFirst())
        .findFirst()
        .orElse(null);
  }

  private <T> T as(UserSummary who, java.util.function.Supplier<T> work) {
    return fixtures.as(who, work);
  }

  /** Waits up to 30 s for a background fetch to be done. */
  private static void waitUntil(BooleanSupplier done) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the background fetch did not finish within 30 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static byte[] pdf(String line) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText(line);
        text.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    }
  }
}
