package org.factbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import org.factbench.base.NotAllowedException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DisputeView;
import org.factbench.claim.EditConflictException;
import org.factbench.claim.NewClaim;
import org.factbench.claim.QueueRow;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewServiceTest {

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired ReviewService review;
  @Autowired ReviewQueries reviewQueries;
  @Autowired RatingScale ratings;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary reviewer1;
  UserSummary reviewer2;
  UserSummary admin;
  UserSummary viewer;

  @BeforeEach
  void aTeam() {
    ws = fixtures.workspace("review");
    editor = fixtures.user("editor");
    reviewer1 = fixtures.user("reviewer-1");
    reviewer2 = fixtures.user("reviewer-2");
    admin = fixtures.user("ws-admin");
    viewer = fixtures.user("viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer1, Role.REVIEWER);
    fixtures.member(ws, reviewer2, Role.REVIEWER);
    fixtures.member(ws, admin, Role.ADMIN);
    fixtures.member(ws, viewer, Role.VIEWER);
  }

  // ------------------------------------------------------------------------------ the happy path

  @Test
  void a_claim_goes_from_new_to_published_and_every_step_is_in_the_history() {
    ClaimDetail c = create(editor, "Defence spending is 6.3% of GDP.");
    c = step(editor, c, ReviewAction.START_RESEARCH, null);
    assertThat(c.status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    c = propose(editor, c, "Mostly false", "It is 4.1% by the ministry's own figures.");
    c = step(editor, c, ReviewAction.SEND_TO_REVIEW, null);
    assertThat(c.status()).isEqualTo(ClaimStatus.READY_FOR_REVIEW);
    c = step(reviewer1, c, ReviewAction.APPROVE, null);
    assertThat(c.status()).isEqualTo(ClaimStatus.APPROVED);
    c = step(reviewer2, c, ReviewAction.PUBLISH, null);
    assertThat(c.status()).isEqualTo(ClaimStatus.PUBLISHED);

    assertThat(statusRows(c.id()))
        .containsExactly(
            tuple("research started", editor.id(), "New", "In research", null),
            tuple("sent to review", editor.id(), "In research", "Ready for review", null),
            tuple("approved", reviewer1.id(), "Ready for review", "Approved", null),
            tuple("published", reviewer2.id(), "Approved", "Published", null));
  }

  @Test
  void an_editor_cannot_approve_and_is_told_who_can() {
    ClaimDetail c = readyForReview(reviewer1);

    assertThatThrownBy(() -> step(editor, c, ReviewAction.APPROVE, null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Only reviewers and admins");
    assertThat(status(c)).isEqualTo(ClaimStatus.READY_FOR_REVIEW);
  }

  @Test
  void a_viewer_cannot_take_any_step() {
    ClaimDetail c = create(editor, "Turnout was 71 percent.");

    assertThatThrownBy(() -> step(viewer, c, ReviewAction.START_RESEARCH, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(fixtures.as(viewer, () -> review.options(ws.id(), c.id()))).isEmpty();
  }

  // ------------------------------------------------------------------------------ four eyes

  @Test
  void an_editor_who_becomes_reviewer_cannot_approve_a_verdict_they_proposed() {
    ClaimDetail c = readyForReview(editor);
    fixtures.member(ws, editor, Role.REVIEWER);

    assertThatThrownBy(() -> step(editor, c, ReviewAction.APPROVE, null))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("You proposed this verdict");
    assertThat(fixtures.as(editor, () -> review.options(ws.id(), c.id())))
        .filteredOn(o -> o.action() == ReviewAction.APPROVE)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.allowed()).isFalse();
              assertThat(o.whyNot()).contains("four-eyes");
            });

    ClaimDetail approved = step(reviewer1, c, ReviewAction.APPROVE, null);
    assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
    assertThatThrownBy(() -> step(editor, approved, ReviewAction.PUBLISH, null))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void approving_after_someone_elses_edit_works() {
    // reviewer 1 researches and proposes a verdict; the editor then replaces it with their own
    ClaimDetail c = create(reviewer1, "Millions of people have died.");
    c = propose(reviewer1, c, "Mostly false", "Estimates are in the hundreds of thousands.");
    assertThat(c.review().verdictBy()).isEqualTo(reviewer1.id());
    c = propose(editor, c, "False", "No estimate reaches millions.");
    assertThat(c.review().verdictBy()).isEqualTo(editor.id());
    c = step(editor, c, ReviewAction.SEND_TO_REVIEW, null);

    ClaimDetail approved = step(reviewer1, c, ReviewAction.APPROVE, null);

    assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
    assertThat(approved.verdict().label()).isEqualTo("False");
  }

  @Test
  void a_reviewer_who_only_edited_the_rationale_still_cannot_approve() {
    ClaimDetail c = create(editor, "Unemployment fell to four percent.");
    c = propose(editor, c, "True", "The statistics office says 4.0%.");
    c = edit(reviewer2, c, c.toEdit().wording(), "The statistics office reports 4.0% for Q3.");
    c = step(editor, c, ReviewAction.SEND_TO_REVIEW, null);
    ClaimDetail ready = c;

    assertThatThrownBy(() -> step(reviewer2, ready, ReviewAction.APPROVE, null))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("You last edited this claim");
    assertThat(step(reviewer1, ready, ReviewAction.APPROVE, null).status())
        .isEqualTo(ClaimStatus.APPROVED);
  }

  // ------------------------------------------------------------------------------ the rules

  @Test
  void an_illegal_step_is_refused_with_the_steps_that_are_possible() {
    ClaimDetail c = create(editor, "Crime doubled.");

    assertThatThrownBy(() -> step(admin, c, ReviewAction.PUBLISH, null))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessage(
            "A claim that is new cannot be published. From here it can be: research started, sent"
                + " to review, withdrawn.");
    assertThat(status(c)).isEqualTo(ClaimStatus.NEW);
  }

  @Test
  void a_claim_goes_to_review_only_with_a_verdict_and_a_rationale() {
    ClaimDetail c = create(editor, "Crime doubled.");

    assertThatThrownBy(() -> step(editor, c, ReviewAction.SEND_TO_REVIEW, null))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("Propose a verdict and write the rationale");
    assertThat(status(c)).isEqualTo(ClaimStatus.NEW);
  }

  @Test
  void a_decision_on_a_version_the_reviewer_did_not_see_is_refused() {
    ClaimDetail seen = readyForReview(editor);
    // the assignee may still change while the claim waits; that makes a new version
    edit(editor, seen, withAssignee(seen.toEdit(), editor.id()));

    assertThatThrownBy(() -> step(reviewer1, seen, ReviewAction.APPROVE, null))
        .isInstanceOf(EditConflictException.class);
    assertThat(status(seen)).isEqualTo(ClaimStatus.READY_FOR_REVIEW);
  }

  @Test
  void the_content_of_a_claim_under_review_is_locked_until_it_is_returned() {
    ClaimDetail c = readyForReview(editor);

    ClaimDetail locked = c;
    assertThatThrownBy(() -> edit(editor, locked, "Sneaked-in wording.", locked.rationale()))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("returned to research");
    // tags and assignment are work organisation, not published content
    c = edit(editor, c, withAssignee(c.toEdit(), reviewer1.id()));
    assertThat(c.assigneeId()).isEqualTo(reviewer1.id());

    c = step(reviewer1, c, ReviewAction.RETURN, "Find the ministry's own figure.");
    c = edit(editor, c, "Defence spending is 4.1% of GDP.", c.rationale());
    assertThat(c.wording()).isEqualTo("Defence spending is 4.1% of GDP.");
  }

  @Test
  void returning_needs_a_comment_which_the_editor_then_sees() {
    ClaimDetail c = readyForReview(editor);

    assertThatThrownBy(() -> step(reviewer1, c, ReviewAction.RETURN, "  "))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("reason"));

    ClaimDetail returned = step(reviewer1, c, ReviewAction.RETURN, "Add the 2025 budget law.");

    ClaimDetail seenByEditor = fixtures.as(editor, () -> queries.detail(ws.id(), c.id()));
    assertThat(seenByEditor.status()).isEqualTo(ClaimStatus.RETURNED);
    assertThat(seenByEditor.review().comment()).isEqualTo("Add the 2025 budget law.");
    assertThat(seenByEditor.review().commentByName()).isEqualTo("Test " + reviewer1.username());
    assertThat(statusRows(c.id()))
        .last()
        .isEqualTo(
            tuple(
                "returned to research",
                reviewer1.id(),
                "Ready for review",
                "Returned to research",
                "Add the 2025 budget law."));
    assertThat(returned.version()).isGreaterThan(c.version());
  }

  // ------------------------------------------------------------------------------ disputes

  @Test
  void a_dispute_shows_both_positions_and_ends_only_by_a_second_reviewer() {
    ClaimDetail c = readyForReview(editor);
    Verdict mostlyFalse = verdict("Mostly false");

    assertThatThrownBy(() -> dispute(reviewer1, c, c.verdict().id(), "I agree really."))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("already proposed");
    assertThatThrownBy(() -> dispute(reviewer1, c, mostlyFalse.id(), ""))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(() -> dispute(editor, c, mostlyFalse.id(), "I am no reviewer"))
        .isInstanceOf(AccessDeniedException.class);

    ClaimDetail disputed =
        dispute(reviewer1, c, mostlyFalse.id(), "The 2024 figure includes pensions.");

    assertThat(disputed.status()).isEqualTo(ClaimStatus.DISPUTED);
    DisputeView d = disputed.review().dispute();
    assertThat(d.originalVerdict().label()).isEqualTo("False");
    assertThat(d.originalRationale()).isEqualTo(c.rationale());
    assertThat(d.originalBy()).isEqualTo(editor.id());
    assertThat(d.proposedVerdict().label()).isEqualTo("Mostly false");
    assertThat(d.reason()).isEqualTo("The 2024 figure includes pensions.");
    assertThat(d.openedBy()).isEqualTo(reviewer1.id());

    // neither side decides, and an editor cannot
    assertThatThrownBy(() -> resolve(reviewer1, disputed, DisputeResolution.UPHELD, "Mine."))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("You opened this dispute");
    fixtures.member(ws, editor, Role.REVIEWER);
    assertThatThrownBy(() -> resolve(editor, disputed, DisputeResolution.UPHELD, "Mine."))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("You proposed the verdict under dispute");
    fixtures.member(ws, editor, Role.EDITOR);
    assertThatThrownBy(() -> resolve(editor, disputed, DisputeResolution.UPHELD, "Mine."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> step(reviewer2, disputed, ReviewAction.APPROVE, null))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(() -> resolve(reviewer2, disputed, DisputeResolution.ADOPTED, " "))
        .isInstanceOf(ValidationFailedException.class);

    ClaimDetail resolved =
        resolve(reviewer2, disputed, DisputeResolution.ADOPTED, "Pensions are not defence.");

    assertThat(resolved.status()).isEqualTo(ClaimStatus.APPROVED);
    assertThat(resolved.verdict().label()).isEqualTo("Mostly false");
    assertThat(resolved.review().dispute()).isNull();
    assertThat(resolved.review().verdictBy()).isEqualTo(reviewer1.id());
    assertThat(
            jdbc.sql(
                    "select resolution, resolved_by, resolution_reason from dispute where claim_id = ?")
                .param(c.id())
                .query((rs, i) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .single())
        .containsExactly("ADOPTED", reviewer2.id(), "Pensions are not defence.");
    List<HistoryEntry> timeline = timeline(c.id());
    assertThat(timeline.subList(timeline.size() - 4, timeline.size()))
        .extracting(
            HistoryEntry::action,
            HistoryEntry::actorId,
            HistoryEntry::before,
            HistoryEntry::after,
            HistoryEntry::reason)
        .containsExactly(
            tuple(
                "disputed",
                reviewer1.id(),
                "Ready for review",
                "Disputed",
                "The 2024 figure includes pensions."),
            tuple(
                "verdict disputed",
                reviewer1.id(),
                "False",
                "Mostly false",
                "The 2024 figure includes pensions."),
            tuple("verdict changed", reviewer2.id(), "False", "Mostly false", null),
            tuple(
                "dispute resolved: adopt the disputed verdict",
                reviewer2.id(),
                "Disputed",
                "Approved",
                "Pensions are not defence."));

    // the verdict was the disputing reviewer's: they may not publish it, the proposer of the
    // content may not either, the one who decided may
    assertThatThrownBy(() -> step(reviewer1, resolved, ReviewAction.PUBLISH, null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(step(reviewer2, resolved, ReviewAction.PUBLISH, null).status())
        .isEqualTo(ClaimStatus.PUBLISHED);
  }

  @Test
  void an_admin_decides_a_dispute_by_upholding_or_returning() {
    ClaimDetail a = readyForReview(editor);
    ClaimDetail disputedA = dispute(reviewer1, a, verdict("Mixed").id(), "Too harsh.");
    ClaimDetail upheld =
        resolve(admin, disputedA, DisputeResolution.UPHELD, "The source is clear.");
    assertThat(upheld.status()).isEqualTo(ClaimStatus.APPROVED);
    assertThat(upheld.verdict().label()).isEqualTo("False");
    assertThat(upheld.review().comment()).isEqualTo("The source is clear.");

    ClaimDetail b = readyForReview(editor);
    ClaimDetail disputedB = dispute(reviewer1, b, verdict("Mixed").id(), "Too harsh.");
    ClaimDetail returned =
        resolve(admin, disputedB, DisputeResolution.RETURNED, "Both need a better source.");
    assertThat(returned.status()).isEqualTo(ClaimStatus.RETURNED);
    assertThat(returned.verdict().label()).isEqualTo("False");
    // a new dispute can be opened after the first ended
    ClaimDetail again = step(editor, returned, ReviewAction.SEND_TO_REVIEW, null);
    assertThat(dispute(reviewer2, again, verdict("Mixed").id(), "Still harsh.").status())
        .isEqualTo(ClaimStatus.DISPUTED);
  }

  // ------------------------------------------------------------------------------ lists

  @Test
  void the_queue_lists_waiting_claims_oldest_first_and_filters_by_assignee() {
    ClaimDetail first = readyForReview(editor);
    ClaimDetail second = readyForReview(editor);
    ClaimDetail third = readyForReview(editor);
    dispute(reviewer1, first, verdict("Mixed").id(), "Too harsh.");
    step(reviewer1, second, ReviewAction.APPROVE, null);
    edit(editor, third, withAssignee(third.toEdit(), reviewer2.id()));

    assertThat(queue(Set.of(), null))
        .as("oldest first: the third waits since it was sent, the first since it was disputed")
        .containsExactly(third.id(), first.id());
    assertThat(queue(Set.of(ClaimStatus.DISPUTED), null)).containsExactly(first.id());
    assertThat(queue(Set.of(ClaimStatus.APPROVED), null)).containsExactly(second.id());
    assertThat(queue(Set.of(), reviewer2.id())).containsExactly(third.id());
  }

  @Test
  void my_work_lists_my_assigned_claims_by_state_with_counts() {
    ClaimDetail research = create(editor, "Claim in research.");
    research = step(editor, research, ReviewAction.START_RESEARCH, null);
    edit(editor, research, withAssignee(research.toEdit(), editor.id()));
    ClaimDetail fresh = create(editor, "A new claim.");
    edit(editor, fresh, withAssignee(fresh.toEdit(), editor.id()));
    ClaimDetail others = create(editor, "Someone else's.");
    edit(editor, others, withAssignee(others.toEdit(), reviewer1.id()));

    List<Long> mine =
        fixtures
            .as(editor, () -> reviewQueries.myWork(ws.id(), null, PageRequest.of(0, 10)))
            .map(QueueRow::id)
            .getContent();
    assertThat(mine).containsExactly(fresh.id(), research.id());
    assertThat(fixtures.as(editor, () -> reviewQueries.myWorkCounts(ws.id())))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(ClaimStatus.NEW, 1L, ClaimStatus.IN_RESEARCH, 1L));
    assertThat(
            fixtures
                .as(
                    editor,
                    () ->
                        reviewQueries.myWork(
                            ws.id(), ClaimStatus.IN_RESEARCH, PageRequest.of(0, 10)))
                .map(QueueRow::id)
                .getContent())
        .containsExactly(research.id());
  }

  // ------------------------------------------------------------------------------ helpers

  private ClaimDetail create(UserSummary who, String wording) {
    return fixtures.as(who, () -> claims.create(ws.id(), NewClaim.byHand(wording)));
  }

  /** A claim with the verdict "False" proposed by {@code who} and sent to review. */
  private ClaimDetail readyForReview(UserSummary who) {
    ClaimDetail c = create(who, "Defence spending doubled in two years.");
    c = propose(who, c, "False", "It grew by a fifth, per the budget laws of 2024 and 2026.");
    return step(who, c, ReviewAction.SEND_TO_REVIEW, null);
  }

  private ClaimDetail propose(UserSummary who, ClaimDetail c, String verdict, String rationale) {
    ClaimEdit e = c.toEdit();
    return edit(
        who,
        c,
        new ClaimEdit(
            e.wording(),
            e.claimant(),
            e.timeSeconds(),
            e.tags(),
            e.assigneeId(),
            verdict(verdict).id(),
            rationale,
            e.version()));
  }

  private ClaimDetail edit(UserSummary who, ClaimDetail c, String wording, String rationale) {
    ClaimEdit e = c.toEdit();
    return edit(
        who,
        c,
        new ClaimEdit(
            wording,
            e.claimant(),
            e.timeSeconds(),
            e.tags(),
            e.assigneeId(),
            e.ratingId(),
            rationale,
            e.version()));
  }

  private ClaimDetail edit(UserSummary who, ClaimDetail c, ClaimEdit edit) {
    return fixtures.as(who, () -> claims.update(ws.id(), c.id(), edit));
  }

  private static ClaimEdit withAssignee(ClaimEdit e, Long assignee) {
    return new ClaimEdit(
        e.wording(),
        e.claimant(),
        e.timeSeconds(),
        e.tags(),
        assignee,
        e.ratingId(),
        e.rationale(),
        e.version());
  }

  private ClaimDetail step(UserSummary who, ClaimDetail c, ReviewAction action, String reason) {
    // the decision is on the version the caller holds, as in the UI
    return fixtures.as(who, () -> review.transition(ws.id(), c.id(), action, reason, c.version()));
  }

  private ClaimDetail dispute(UserSummary who, ClaimDetail c, Long ratingId, String reason) {
    long version = current(c).version();
    return fixtures.as(who, () -> review.dispute(ws.id(), c.id(), ratingId, reason, version));
  }

  private ClaimDetail resolve(
      UserSummary who, ClaimDetail c, DisputeResolution resolution, String reason) {
    long version = current(c).version();
    return fixtures.as(
        who, () -> review.resolveDispute(ws.id(), c.id(), resolution, reason, version));
  }

  private ClaimDetail current(ClaimDetail c) {
    return fixtures.as(admin, () -> queries.detail(ws.id(), c.id()));
  }

  private ClaimStatus status(ClaimDetail c) {
    return current(c).status();
  }

  private Verdict verdict(String label) {
    return fixtures.as(admin, () -> ratings.of(ws.id())).stream()
        .filter(v -> v.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private List<Long> queue(Set<ClaimStatus> statuses, Long assignee) {
    return fixtures
        .as(
            reviewer1,
            () -> reviewQueries.queue(ws.id(), statuses, assignee, null, PageRequest.of(0, 50)))
        .map(QueueRow::id)
        .getContent();
  }

  private List<org.assertj.core.groups.Tuple> statusRows(long claimId) {
    return timeline(claimId).stream()
        .filter(h -> h.before() != null && h.after() != null && isStatus(h.after()))
        .map(h -> tuple(h.action(), h.actorId(), h.before(), h.after(), h.reason()))
        .toList();
  }

  private List<HistoryEntry> timeline(long claimId) {
    return fixtures.as(editor, () -> history.forClaim(ws.id(), claimId));
  }

  private static boolean isStatus(String label) {
    return java.util.Arrays.stream(ClaimStatus.values()).anyMatch(s -> s.label().equals(label));
  }
}
