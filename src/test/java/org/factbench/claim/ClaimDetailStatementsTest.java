package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factbench.matching.SimilarClaims;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.testsupport.StatementCounter;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim panel loads a claim's detail with a fixed, small number of SQL statements, however many
 * sources, notes and repeating claims it has: counted on the data source, so JdbcClient and JPA
 * statements alike are seen, and the workspace check is included.
 */
@IntegrationTest
class ClaimDetailStatementsTest {

  static final int MAX_STATEMENTS = 5;

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired SimilarClaims matching;
  @Autowired RatingScale ratings;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary reviewer;
  UserSummary viewer;

  @BeforeEach
  void aTeam() {
    ws = fixtures.workspace("detail-statements");
    editor = fixtures.user("detail-editor");
    reviewer = fixtures.user("detail-reviewer");
    viewer = fixtures.user("detail-viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
  }

  @Test
  void a_disputed_claim_with_sources_notes_and_repeats_loads_in_five_statements_or_fewer() {
    ClaimDetail claim = disputedClaimWithEvidence();
    long repeatA = repeatOf(claim, "Defence spending doubled within two years.");
    long repeatB = repeatOf(claim, "The defence budget doubled in two years, the minister said.");

    var counted =
        fixtures.as(
            editor, () -> StatementCounter.count(() -> queries.detail(ws.id(), claim.id())));

    ClaimDetail detail = counted.value();
    assertThat(detail.sources()).hasSize(3);
    assertThat(detail.notes()).hasSize(3);
    assertThat(detail.notes().get(0).html()).contains("<strong>");
    assertThat(detail.notes()).allSatisfy(n -> assertThat(n.authorName()).startsWith("Test "));
    assertThat(detail.sameClaims()).extracting(ClaimLink::id).containsExactly(repeatA, repeatB);
    assertThat(detail.status()).isEqualTo(ClaimStatus.DISPUTED);
    DisputeView dispute = detail.review().dispute();
    assertThat(dispute).isNotNull();
    assertThat(dispute.originalVerdict().label()).isEqualTo("False");
    assertThat(dispute.proposedVerdict().label()).isEqualTo("Mostly false");
    assertThat(dispute.openedByName()).isEqualTo("Test " + reviewer.username());
    assertThat(dispute.originalByName()).isEqualTo("Test " + editor.username());
    assertThat(dispute.reason()).isEqualTo("The 2024 figure includes pensions.");
    assertThat(detail.figureCheck()).isNotNull();
    assertThat(counted.count())
        .as("statements of one detail load:%n%s", String.join("\n", counted.statements()))
        .isLessThanOrEqualTo(MAX_STATEMENTS);
  }

  @Test
  void a_claim_that_repeats_another_loads_its_link_in_the_same_statements() {
    ClaimDetail claim = disputedClaimWithEvidence();
    long repeat = repeatOf(claim, "Defence spending doubled within two years.");

    var counted =
        fixtures.as(editor, () -> StatementCounter.count(() -> queries.detail(ws.id(), repeat)));

    assertThat(counted.value().sameAs().id()).isEqualTo(claim.id());
    assertThat(counted.value().sameAs().verdictLabel()).isEqualTo("False");
    assertThat(counted.value().review().dispute()).isNull();
    assertThat(counted.count())
        .as("statements of one detail load:%n%s", String.join("\n", counted.statements()))
        .isLessThanOrEqualTo(MAX_STATEMENTS);
  }

  @Test
  void statements_are_counted_only_inside_the_counting_scope_and_on_its_thread() throws Exception {
    ClaimDetail claim = disputedClaimWithEvidence();
    var counted =
        StatementCounter.count(
            () -> {
              Thread other =
                  Thread.ofPlatform()
                      .start(() -> fixtures.as(editor, () -> queries.detail(ws.id(), claim.id())));
              try {
                other.join();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return null;
            });
    assertThat(counted.count()).isZero();
  }

  private ClaimDetail disputedClaimWithEvidence() {
    ClaimDetail c =
        fixtures.as(
            editor,
            () ->
                claims.create(
                    ws.id(),
                    NewClaim.byHand("Defence spending doubled to 6.3% of GDP in two years.")));
    for (int i = 1; i <= 3; i++) {
      int n = i;
      fixtures.as(
          editor,
          () ->
              sources.addSource(
                  ws.id(),
                  c.id(),
                  new SourceInput(
                      "https://budget.example.org/report-" + n,
                      "Budget report " + n,
                      "Ministry of Finance",
                      LocalDate.of(2025, 1, n),
                      LocalDate.of(2026, 2, n),
                      "Defence spending reached 3.1% of GDP in 2025.",
                      n == 2 ? Stance.CONTEXT : Stance.REFUTES,
                      "",
                      "3.1%",
                      LocalDate.of(2025, 12, 31))));
      fixtures.as(
          editor,
          () -> notes.addNote(ws.id(), c.id(), "Note " + n + ": **check** the 2024 budget law."));
    }
    ClaimDetail proposed =
        fixtures.as(
            editor,
            () -> {
              ClaimDetail now = queries.detail(ws.id(), c.id());
              ClaimEdit e = now.toEdit();
              return claims.update(
                  ws.id(),
                  c.id(),
                  new ClaimEdit(
                      e.wording(),
                      e.claimant(),
                      e.timeSeconds(),
                      e.tags(),
                      e.assigneeId(),
                      verdict("False").id(),
                      "It grew by a fifth, per the budget laws of 2024 and 2026.",
                      e.version()));
            });
    ClaimDetail sent =
        fixtures.as(
            editor,
            () ->
                review.transition(
                    ws.id(), c.id(), ReviewAction.SEND_TO_REVIEW, null, proposed.version()));
    return fixtures.as(
        reviewer,
        () ->
            review.dispute(
                ws.id(),
                c.id(),
                verdict("Mostly false").id(),
                "The 2024 figure includes pensions.",
                sent.version()));
  }

  private long repeatOf(ClaimDetail original, String wording) {
    long id = fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand(wording))).id();
    fixtures.as(editor, () -> claims.linkSameAs(ws.id(), id, original.id()));
    return id;
  }

  private Verdict verdict(String label) {
    List<Verdict> scale = fixtures.as(editor, () -> ratings.of(ws.id()));
    return scale.stream().filter(v -> v.label().equals(label)).findFirst().orElseThrow();
  }
}
