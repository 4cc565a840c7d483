package org.factbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factbench.base.NotAllowedException;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A {@link ReportPlan} is a record any caller can build. The report service takes only its
 * workspace, request and time from it: the caller's role in that workspace decides what they may
 * export (a viewer: published claims, without notes or history, or a refusal), and the heading,
 * counts and PDF limit come from the database, not from the plan.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedReportPlanTest {

  static final String DRAFT = "A draft claim only editors may export";
  static final String NOTE = "Internal: the source asked not to be named.";

  @Autowired Fixtures fixtures;
  @Autowired ReportService reports;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;

  WorkspaceSummary ws;
  UserSummary viewer;
  UserSummary outsider;

  @BeforeAll
  void onePublishedClaimAndOneDraftBothWithNotes() {
    ws = fixtures.workspace("forged-plan");
    UserSummary editor = fixtures.user("forged-plan-editor");
    UserSummary reviewer = fixtures.user("forged-plan-reviewer");
    viewer = fixtures.user("forged-plan-viewer");
    outsider = fixtures.user("forged-plan-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(fixtures.workspace("forged-plan-elsewhere"), outsider, Role.ADMIN);
    long published =
        fixtures.as(
            editor,
            () -> {
              ClaimDetail c = claims.create(ws.id(), NewClaim.byHand("Turnout was 71%"));
              notes.addNote(ws.id(), c.id(), NOTE);
              long falseId =
                  ratings.of(ws.id()).stream()
                      .filter(v -> v.label().equals("False"))
                      .findFirst()
                      .orElseThrow()
                      .id();
              c =
                  claims.update(
                      ws.id(),
                      c.id(),
                      new ClaimEdit(
                          c.wording(),
                          null,
                          null,
                          List.of(),
                          null,
                          falseId,
                          "The official figure is 64%.",
                          c.version()));
              c =
                  review.transition(
                      ws.id(), c.id(), ReviewAction.SEND_TO_REVIEW, null, c.version());
              ClaimDetail draft = claims.create(ws.id(), NewClaim.byHand(DRAFT));
              notes.addNote(ws.id(), draft.id(), NOTE);
              return c.id();
            });
    fixtures.as(
        reviewer,
        () -> {
          ClaimDetail c = queries.detail(ws.id(), published);
          c = review.transition(ws.id(), published, ReviewAction.APPROVE, null, c.version());
          review.transition(ws.id(), published, ReviewAction.PUBLISH, null, c.version());
        });
  }

  /** The viewer's own plan of the published claims, with the heading and counts replaced. */
  private ReportPlan forged(
      ReportRequest request, String scopeTitle, int claimCount, Map.Entry<String, Long> count) {
    ReportPlan real =
        fixtures.as(viewer, () -> reports.plan(ws.id(), ReportRequest.published(null)));
    ReportHeading h = real.heading();
    return new ReportPlan(
        new ReportHeading(
            h.workspaceId(),
            "Forged desk",
            "Forged organisation",
            scopeTitle,
            h.generatedAt(),
            request,
            h.scale(),
            h.documents(),
            "https://forged.example.org/{id}"),
        claimCount,
        List.of(count));
  }

  private ReportPlan forged(ReportRequest request) {
    return forged(request, "All documents", 1, Map.entry("False", 1L));
  }

  @Test
  void a_viewer_whose_plan_asks_for_notes_history_or_drafts_is_refused_before_the_first_byte() {
    var asks =
        List.of(
            new ReportRequest(null, EnumSet.of(ClaimStatus.PUBLISHED), true, false, false),
            new ReportRequest(null, EnumSet.of(ClaimStatus.PUBLISHED), false, true, false),
            new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), false, false, false));
    for (ReportRequest request : asks) {
      ReportPlan plan = forged(request);
      for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.HTML)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> fixtures.as(viewer, () -> reports.write(plan, format, out)))
            .as("%s as %s", request, format)
            .isInstanceOf(NotAllowedException.class);
        assertThat(out.size()).isZero();
      }
      assertThatThrownBy(() -> fixtures.as(viewer, () -> reports.preview(plan, 10)))
          .isInstanceOf(NotAllowedException.class);
      assertThatThrownBy(
              () -> fixtures.as(viewer, () -> reports.refuseOversizedPdf(plan, ReportFormat.PDF)))
          .isInstanceOf(NotAllowedException.class);
    }
    // someone who is no member of the plan's workspace does not even learn that it exists
    ReportPlan plan = forged(ReportRequest.published(null));
    assertThatThrownBy(
            () ->
                fixtures.as(
                    outsider,
                    () -> reports.write(plan, ReportFormat.CSV, new ByteArrayOutputStream())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(outsider, () -> reports.preview(plan, 10)))
        .isInstanceOf(NotFoundException.class);
  }

  /** A set that says it equals any set, but holds every state. */
  static final class EveryStateInDisguise extends AbstractSet<ClaimStatus> {
    @Override
    public Iterator<ClaimStatus> iterator() {
      return EnumSet.allOf(ClaimStatus.class).iterator();
    }

    @Override
    public int size() {
      return ClaimStatus.values().length;
    }

    @Override
    public boolean equals(Object other) {
      return true;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  @Test
  void a_set_of_states_that_claims_to_be_published_only_does_not_show_a_viewer_a_draft() {
    Set<ClaimStatus> disguised = new EveryStateInDisguise();
    var request = new ReportRequest(null, disguised, false, false, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                fixtures.as(viewer, () -> reports.export(ws.id(), request, ReportFormat.CSV, out)))
        .isInstanceOf(NotAllowedException.class)
        .hasMessage("Viewers export published claims only.");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(DRAFT);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    viewer, () -> reports.write(forged(request), ReportFormat.CSV, written)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain(DRAFT);
  }

  @Test
  void a_forged_heading_and_counts_are_replaced_by_the_real_ones_in_the_file_and_the_preview() {
    ReportPlan plan =
        forged(ReportRequest.published(null), "Forged scope", 99, Map.entry("True", 99L));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fixtures.as(viewer, () -> reports.write(plan, ReportFormat.HTML, out));

    for (String html :
        List.of(
            out.toString(StandardCharsets.UTF_8),
            fixtures.as(viewer, () -> reports.preview(plan, 10)))) {
      Document page = Jsoup.parse(html);
      assertThat(page.select("p.meta").text())
          .contains("All documents of " + ws.name())
          .doesNotContain("Forged");
      assertThat(page.select("table.summary").text())
          .contains("False 1")
          .doesNotContain("True")
          .doesNotContain("99");
      assertThat(page.text())
          .contains("Turnout was 71%")
          .doesNotContain(DRAFT)
          .doesNotContain(NOTE);
    }
  }

  @Test
  void a_plan_that_understates_its_claims_does_not_get_past_the_pdf_limit() {
    Object target = AopTestUtils.getTargetObject(reports);
    Object limit = ReflectionTestUtils.getField(target, "pdfMaxClaims");
    ReflectionTestUtils.setField(target, "pdfMaxClaims", 0);
    try {
      ReportPlan plan =
          forged(ReportRequest.published(null), "All documents", 0, Map.entry("False", 0L));
      assertThatThrownBy(
              () -> fixtures.as(viewer, () -> reports.refuseOversizedPdf(plan, ReportFormat.PDF)))
          .isInstanceOf(ValidationFailedException.class)
          .hasMessageContaining("this one has 1.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(
              () -> fixtures.as(viewer, () -> reports.write(plan, ReportFormat.PDF, out)))
          .isInstanceOf(ValidationFailedException.class)
          .hasMessageContaining("A PDF report holds up to 0 claims; this one has 1.");
      assertThat(out.size()).isZero();
    } finally {
      ReflectionTestUtils.setField(target, "pdfMaxClaims", limit);
    }
  }
}
