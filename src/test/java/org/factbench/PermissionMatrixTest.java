package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factbench.PermissionMatrixTest.Outcome.HIDDEN;
import static org.factbench.PermissionMatrixTest.Outcome.NO;
import static org.factbench.PermissionMatrixTest.Outcome.YES;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.factbench.base.NotFoundException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.SuggestionService;
import org.factbench.evidence.SnapshotService;
import org.factbench.history.HistoryService;
import org.factbench.matching.SimilarClaims;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportRequest;
import org.factbench.report.ReportService;
import org.factbench.review.DisputeResolution;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewQueries;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every service operation against every kind of caller: the four workspace roles, a member of
 * another workspace, and someone not signed in. One table drives the test and is the table in the
 * README (the test fails when the two differ, printing the table to paste).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

  /** What happens when a caller tries. */
  enum Outcome {
    /** It works. */
    YES("yes"),
    /** {@link AccessDeniedException}: the role does not allow it. */
    NO("no"),
    /** {@link NotFoundException}: the workspace does not exist for them. */
    HIDDEN("hidden");

    final String cell;

    Outcome(String cell) {
      this.cell = cell;
    }
  }

  /** The callers, in the table's column order. */
  enum Who {
    VIEWER("Viewer"),
    EDITOR("Editor"),
    REVIEWER("Reviewer"),
    ADMIN("Admin"),
    INSTALLATION_ADMIN("Installation admin"),
    OUTSIDER("Member of another workspace"),
    ANONYMOUS("Not signed in");

    final String header;

    Who(String header) {
      this.header = header;
    }
  }

  /**
   * One row: an operation, the outcome per caller, and how to try it: {@code prepare} builds what
   * the operation needs (as the workspace's author) and returns the attempt to run as the caller.
   */
  record Rule(String operation, List<Outcome> outcomes, Function<World, Runnable> prepare) {}

  private static Rule rule(
      String operation,
      Outcome viewer,
      Outcome editor,
      Outcome reviewer,
      Outcome admin,
      Function<World, Runnable> prepare) {
    // installation admins act as admins of every workspace; a member of another workspace never
    // learns that this one exists; nobody unsigned gets in
    return new Rule(
        operation, List.of(viewer, editor, reviewer, admin, admin, HIDDEN, NO), prepare);
  }

  /** Administration of workspaces themselves: installation admins only, whoever asks. */
  private static Rule installationAdminsOnly(String operation, Function<World, Runnable> prepare) {
    return new Rule(operation, List.of(NO, NO, NO, NO, YES, NO, NO), prepare);
  }

  static final List<Rule> RULES =
      List.of(
          rule(
              "Read documents and published claims; lists, review queue and own work (viewers:"
                  + " published claims only)",
              YES,
              YES,
              YES,
              YES,
              w -> {
                long id = w.published().id();
                return () -> {
                  w.queries.search(w.ws(), ClaimFilter.NONE, PageRequest.of(0, 10));
                  w.queries.detail(w.ws(), id);
                  w.documents.list(w.ws(), "", PageRequest.of(0, 10));
                  w.reviewQueries.queue(w.ws(), Set.of(), null, null, PageRequest.of(0, 10));
                  w.reviewQueries.myWork(w.ws(), null, PageRequest.of(0, 10));
                };
              }),
          rule(
              "Read a claim that is not published",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                return () -> w.queries.detail(w.ws(), id);
              }),
          rule(
              "Read a claim's internal notes",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.published().id();
                w.notes.addNote(w.ws(), id, "Internal: ask the ministry.");
                return () -> w.queries.notes(w.ws(), id);
              }),
          rule(
              "Read a claim's history",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.published().id();
                return () -> w.history.forClaim(w.ws(), id);
              }),
          rule(
              "Import a document",
              NO,
              YES,
              YES,
              YES,
              w ->
                  () ->
                      w.documents.importText(
                          w.ws(), DocumentMetadata.titled("Imported"), "Turnout was 71%.")),
          rule(
              "Create a claim",
              NO,
              YES,
              YES,
              YES,
              w -> () -> w.claims.create(w.ws(), NewClaim.byHand("Crime fell by 3%."))),
          rule(
              "Edit a claim (wording, claimant, verdict, rationale, tags, assignee)",
              NO,
              YES,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.detail(w.newClaim());
                ClaimEdit e = c.toEdit();
                return () ->
                    w.claims.update(
                        w.ws(),
                        c.id(),
                        new ClaimEdit(
                            "Crime fell by 4%.",
                            e.claimant(),
                            e.timeSeconds(),
                            e.tags(),
                            e.assigneeId(),
                            e.ratingId(),
                            e.rationale(),
                            e.version()));
              }),
          rule(
              "Set a claim's published address (where its fact-check is public)",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                return () ->
                    w.claims.setPublishedUrl(
                        w.ws(), id, "https://factcheck.example.org/claims/" + id);
              }),
          rule(
              "Add a source",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                return () ->
                    w.sources.addSource(
                        w.ws(),
                        id,
                        new SourceInput(
                            "https://stats.example.org/crime",
                            "Crime statistics",
                            "Statistics office",
                            null,
                            null,
                            "",
                            Stance.REFUTES,
                            ""));
              }),
          rule(
              "Read a source's archived snapshots, passage check and watch state (viewers: of"
                  + " published claims)",
              YES,
              YES,
              YES,
              YES,
              w -> {
                long id = w.published().id();
                long source = w.loopbackSource(id);
                return () -> {
                  w.snapshots.forClaim(w.ws(), id);
                  w.snapshots.snapshots(w.ws(), id, source, PageRequest.of(0, 10));
                };
              }),
          rule(
              "Read a source's snapshots of a claim that is not published",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                long source = w.loopbackSource(id);
                return () -> w.snapshots.archive(w.ws(), id, source);
              }),
          rule(
              "Archive a source again; check it for changes now",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                long source = w.loopbackSource(id);
                return () -> {
                  w.snapshots.archiveAgain(w.ws(), id, source);
                  w.snapshots.checkNow(w.ws(), id, source);
                };
              }),
          rule(
              "Add a note",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                return () -> w.notes.addNote(w.ws(), id, "Check the 2025 report.");
              }),
          rule(
              "Read suggested sentences and similar claims",
              YES,
              YES,
              YES,
              YES,
              w -> {
                long doc = w.newDocument();
                return () -> {
                  w.suggestions.page(w.ws(), doc, true, PageRequest.of(0, 10));
                  w.suggestions.ranking(doc, 10);
                  w.matching.similar(w.ws(), "Defence spending is 6.3% of GDP.", null, 5);
                };
              }),
          rule(
              "Dismiss a suggestion; link a claim as the same claim as another",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long doc = w.newDocument();
                w.suggestions.scoreNow(w.ws(), doc, java.time.Duration.ofMinutes(2));
                long suggestion =
                    w.suggestions
                        .page(w.ws(), doc, false, PageRequest.of(0, 1))
                        .getContent()
                        .getFirst()
                        .id();
                long first = w.newClaim();
                long repeat = w.newClaim();
                return () -> {
                  w.suggestions.dismiss(w.ws(), doc, suggestion);
                  w.claims.linkSameAs(w.ws(), repeat, first);
                };
              }),
          rule(
              "Delete a claim",
              NO,
              YES,
              YES,
              YES,
              w -> {
                long id = w.newClaim();
                return () -> w.claims.delete(w.ws(), id);
              }),
          rule(
              "Restore a deleted claim",
              NO,
              NO,
              NO,
              YES,
              w -> {
                long id = w.deletedClaim();
                return () -> w.claims.restore(w.ws(), id);
              }),
          rule(
              "Start research, send to review",
              NO,
              YES,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.proposed();
                return () -> {
                  ClaimDetail r =
                      w.review.transition(
                          w.ws(), c.id(), ReviewAction.START_RESEARCH, null, c.version());
                  w.review.transition(
                      w.ws(), c.id(), ReviewAction.SEND_TO_REVIEW, null, r.version());
                };
              }),
          rule(
              "Withdraw a claim before review",
              NO,
              YES,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.detail(w.newClaim());
                return () ->
                    w.review.transition(
                        w.ws(), c.id(), ReviewAction.WITHDRAW, "Duplicate.", c.version());
              }),
          rule(
              "Approve someone else's verdict",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.ready();
                return () ->
                    w.review.transition(w.ws(), c.id(), ReviewAction.APPROVE, null, c.version());
              }),
          rule(
              "Return to research with a comment",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.ready();
                return () ->
                    w.review.transition(
                        w.ws(), c.id(), ReviewAction.RETURN, "Needs a source.", c.version());
              }),
          rule(
              "Dispute a verdict with one's own",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.ready();
                long mixed = w.verdict("Mixed").id();
                return () -> w.review.dispute(w.ws(), c.id(), mixed, "Too harsh.", c.version());
              }),
          rule(
              "Decide a dispute one is not party to",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.disputed();
                return () ->
                    w.review.resolveDispute(
                        w.ws(), c.id(), DisputeResolution.UPHELD, "Sources agree.", c.version());
              }),
          rule(
              "Publish someone else's approved verdict",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.approved();
                return () ->
                    w.review.transition(w.ws(), c.id(), ReviewAction.PUBLISH, null, c.version());
              }),
          rule(
              "Withdraw an approved or published claim",
              NO,
              NO,
              YES,
              YES,
              w -> {
                ClaimDetail c = w.approved();
                return () ->
                    w.review.transition(
                        w.ws(), c.id(), ReviewAction.WITHDRAW, "Retracted.", c.version());
              }),
          rule(
              "Export a report of published claims",
              YES,
              YES,
              YES,
              YES,
              w ->
                  () ->
                      w.reports.export(
                          w.ws(),
                          ReportRequest.published(null),
                          ReportFormat.CSV,
                          java.io.OutputStream.nullOutputStream())),
          rule(
              "Export other states, internal notes or history",
              NO,
              YES,
              YES,
              YES,
              w ->
                  () ->
                      w.reports.export(
                          w.ws(),
                          new ReportRequest(
                              null, java.util.EnumSet.allOf(ClaimStatus.class), true, true, false),
                          ReportFormat.JSON,
                          java.io.OutputStream.nullOutputStream())),
          rule(
              "Change the rating scale",
              NO,
              NO,
              NO,
              YES,
              w -> {
                Verdict v = w.verdict("Mixed");
                return () ->
                    w.ratings.update(
                        w.ws(),
                        new Verdict(
                            v.id(),
                            v.position(),
                            v.label(),
                            v.colour(),
                            "Partly right " + System.nanoTime(),
                            v.onScale(),
                            v.version()));
              }),
          rule(
              "Add a member or change a role",
              NO,
              NO,
              NO,
              YES,
              w -> {
                UserSummary newcomer = w.fixtures.user("newcomer");
                return () -> w.workspaces.setMember(w.ws(), newcomer.username(), Role.EDITOR);
              }),
          rule(
              "Remove a member",
              NO,
              NO,
              NO,
              YES,
              w -> {
                UserSummary leaving = w.fixtures.user("leaving");
                w.fixtures.member(w.workspace, leaving, Role.VIEWER);
                return () -> w.workspaces.removeMember(w.ws(), leaving.id());
              }),
          rule(
              "Set where the workspace publishes its fact-checks",
              NO,
              NO,
              NO,
              YES,
              w ->
                  () ->
                      w.workspaces.setPublicUrlTemplate(
                          w.ws(), "https://factcheck.example.org/claims/{id}")),
          installationAdminsOnly(
              "Create a workspace",
              w -> () -> w.workspaces.create(Fixtures.unique("matrix-new"), "", "")),
          installationAdminsOnly(
              "Rename a workspace or change its description",
              w -> {
                WorkspaceSummary target = w.fixtures.workspace("matrix-rename");
                return () ->
                    w.workspaces.update(
                        target.id(), Fixtures.unique("matrix-renamed"), "Renamed", null);
              }),
          installationAdminsOnly(
              "Archive or unarchive a workspace",
              w -> {
                WorkspaceSummary target = w.fixtures.workspace("matrix-archive");
                return () -> {
                  w.workspaces.archive(target.id());
                  w.workspaces.unarchive(target.id());
                };
              }),
          new Rule(
              "Change anything in an archived workspace (claims, documents, reviews, members,"
                  + " rating scale)",
              List.of(NO, NO, NO, NO, NO, HIDDEN, NO),
              w -> {
                long ws = w.archived().id();
                return () -> w.claims.create(ws, NewClaim.byHand("Turnout was 71%."));
              }));

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired ReviewQueries reviewQueries;
  @Autowired DocumentService documents;
  @Autowired HistoryService history;
  @Autowired RatingScale ratings;
  @Autowired WorkspaceService workspaces;
  @Autowired ReportService reports;
  @Autowired SuggestionService suggestions;
  @Autowired SimilarClaims matching;
  @Autowired SnapshotService snapshots;
  @Autowired org.factbench.security.SystemTasks system;

  World world;
  UserSummary[] callers = new UserSummary[Who.values().length];

  @BeforeAll
  void aWorkspaceWithATeam() {
    WorkspaceSummary ws = fixtures.workspace("matrix");
    WorkspaceSummary archived = fixtures.workspace("matrix-archived");
    WorkspaceSummary elsewhere = fixtures.workspace("matrix-elsewhere");
    UserSummary author = fixtures.user("author");
    UserSummary reviewerA = fixtures.user("approver");
    UserSummary disputer = fixtures.user("disputer");
    fixtures.member(ws, author, Role.EDITOR);
    fixtures.member(ws, reviewerA, Role.REVIEWER);
    fixtures.member(ws, disputer, Role.REVIEWER);
    for (Who who : List.of(Who.VIEWER, Who.EDITOR, Who.REVIEWER, Who.ADMIN)) {
      UserSummary u = fixtures.user(who.name().toLowerCase());
      fixtures.member(ws, u, Role.valueOf(who.name()));
      fixtures.member(archived, u, Role.valueOf(who.name()));
      callers[who.ordinal()] = u;
    }
    callers[Who.INSTALLATION_ADMIN.ordinal()] = fixtures.admin("installation-admin");
    fixtures.member(archived, author, Role.EDITOR);
    system.runAs("admin", () -> workspaces.archive(archived.id()));
    UserSummary outsider = fixtures.user("outsider");
    fixtures.member(elsewhere, outsider, Role.ADMIN);
    callers[Who.OUTSIDER.ordinal()] = outsider;
    world =
        new World(
            ws,
            archived,
            author,
            reviewerA,
            disputer,
            fixtures,
            claims,
            queries,
            sources,
            notes,
            review,
            reviewQueries,
            documents,
            history,
            ratings,
            workspaces,
            reports,
            suggestions,
            matching,
            snapshots);
  }

  @TestFactory
  Stream<DynamicTest> every_operation_for_every_caller_is_allowed_or_refused_as_the_table_says() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule r : RULES) {
      for (Who who : Who.values()) {
        Outcome expected = r.outcomes().get(who.ordinal());
        tests.add(
            DynamicTest.dynamicTest(
                r.operation() + " / " + who.header + " -> " + expected.cell,
                () -> check(r, who, expected)));
      }
    }
    return tests.stream();
  }

  private void check(Rule r, Who who, Outcome expected) {
    Runnable attempt = fixtures.as(world.author(), () -> r.prepare().apply(world));
    Runnable asCaller = () -> runAs(who, attempt);
    switch (expected) {
      case YES -> assertThatCode(asCaller::run).doesNotThrowAnyException();
      case NO -> assertThatThrownBy(asCaller::run).isInstanceOf(AccessDeniedException.class);
      case HIDDEN -> assertThatThrownBy(asCaller::run).isInstanceOf(NotFoundException.class);
    }
  }

  private void runAs(Who who, Runnable attempt) {
    if (who == Who.ANONYMOUS) {
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          new AnonymousAuthenticationToken(
              "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
      SecurityContextHolder.setContext(context);
      try {
        attempt.run();
      } finally {
        SecurityContextHolder.clearContext();
      }
    } else {
      fixtures.as(callers[who.ordinal()], attempt);
    }
  }

  @Test
  void the_readme_shows_the_same_table() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String table = markdown();
    assertThat(readme)
        .as("README.md must contain, between the permission-matrix markers, exactly:%n%s", table)
        .contains("<!-- permission-matrix -->\n" + table + "<!-- /permission-matrix -->");
  }

  static String markdown() {
    StringBuilder md = new StringBuilder("| Operation |");
    for (Who who : Who.values()) {
      md.append(' ').append(who.header).append(" |");
    }
    md.append("\n|---|");
    md.append("---|".repeat(Who.values().length)).append('\n');
    for (Rule r : RULES) {
      md.append("| ").append(r.operation()).append(" |");
      for (Outcome o : r.outcomes()) {
        md.append(' ').append(o.cell).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The workspace under test and ways to put claims into the state an operation needs. */
  record World(
      WorkspaceSummary workspace,
      WorkspaceSummary archived,
      UserSummary author,
      UserSummary approver,
      UserSummary disputer,
      Fixtures fixtures,
      ClaimService claims,
      ClaimQueries queries,
      SourceService sources,
      NoteService notes,
      ReviewService review,
      ReviewQueries reviewQueries,
      DocumentService documents,
      HistoryService history,
      RatingScale ratings,
      WorkspaceService workspaces,
      ReportService reports,
      SuggestionService suggestions,
      SimilarClaims matching,
      SnapshotService snapshots) {

    long ws() {
      return workspace.id();
    }

    ClaimDetail detail(long id) {
      return queries.detail(ws(), id);
    }

    Verdict verdict(String label) {
      return ratings.of(ws()).stream().filter(v -> v.label().equals(label)).findFirst().get();
    }

    long newClaim() {
      return claims.create(ws(), NewClaim.byHand("Defence spending is 6.3% of GDP.")).id();
    }

    /**
     * A source of the claim on a closed port of the loopback address: the archive taken in the
     * background finds nothing there, and no traffic leaves the machine.
     */
    long loopbackSource(long claimId) {
      return sources
          .addSource(
              ws(),
              claimId,
              new SourceInput(
                  "http://127.0.0.1:9/matrix",
                  "Crime statistics",
                  "Statistics office",
                  null,
                  null,
                  "Crime fell",
                  Stance.REFUTES,
                  ""))
          .id();
    }

    long newDocument() {
      return documents
          .importText(
              ws(),
              DocumentMetadata.titled("Budget statement"),
              "According to the finance ministry, defence spending rose to 6.3% of GDP in 2024.")
          .id();
    }

    long deletedClaim() {
      long id = newClaim();
      claims.delete(ws(), id);
      return id;
    }

    /** A new claim with the author's verdict and rationale. */
    ClaimDetail proposed() {
      ClaimDetail c = detail(newClaim());
      ClaimEdit e = c.toEdit();
      return claims.update(
          ws(),
          c.id(),
          new ClaimEdit(
              e.wording(),
              e.claimant(),
              e.timeSeconds(),
              e.tags(),
              e.assigneeId(),
              verdict("False").id(),
              "The ministry reports 4.1%.",
              e.version()));
    }

    ClaimDetail ready() {
      ClaimDetail c = proposed();
      return review.transition(ws(), c.id(), ReviewAction.SEND_TO_REVIEW, null, c.version());
    }

    ClaimDetail approved() {
      ClaimDetail c = ready();
      return fixtures.as(
          approver, () -> review.transition(ws(), c.id(), ReviewAction.APPROVE, null, c.version()));
    }

    ClaimDetail published() {
      ClaimDetail c = approved();
      return fixtures.as(
          approver, () -> review.transition(ws(), c.id(), ReviewAction.PUBLISH, null, c.version()));
    }

    ClaimDetail disputed() {
      ClaimDetail c = ready();
      long mixed = verdict("Mixed").id();
      return fixtures.as(
          disputer, () -> review.dispute(ws(), c.id(), mixed, "Too harsh.", c.version()));
    }
  }
}
