package org.factbench.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.RatingScale;
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.claim.panel.PanelTestSupport;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The review module's section of the claim panel, on its own: where the claim stands, and the steps
 * the user may take, the refused ones disabled with the reason.
 */
@IntegrationTest
class WorkflowSectionTest extends SpringBrowserlessTest {

  @Autowired PanelTestSupport support;
  @Autowired WorkflowSection section;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;
  @Autowired SystemTasks system;

  /** A claim {@code proposer} gave a verdict and sent to review. */
  private ClaimDetail waitingForReview(String proposer, String wording) {
    long ws = support.demoWorkspace();
    ClaimDetail c = support.claim(wording);
    return system.runAs(
        proposer,
        () -> {
          var verdict = ratings.of(ws).getFirst();
          ClaimDetail edited =
              claims.update(
                  ws,
                  c.id(),
                  new org.factbench.claim.ClaimEdit(
                      wording,
                      null,
                      null,
                      java.util.List.of(),
                      null,
                      verdict.id(),
                      "Checked.",
                      c.version()));
          return review.transition(ws, c.id(), ReviewAction.SEND_TO_REVIEW, null, edited.version());
        });
  }

  @Test
  @WithUserDetails("reviewer")
  void a_reviewer_who_proposed_the_verdict_sees_approve_disabled_with_the_four_eyes_reason() {
    ClaimDetail claim = waitingForReview("reviewer", "Defence spending is 2.4% of GDP.");

    ClaimPanel panel = support.panel(section, Role.REVIEWER, claim.id());

    assertThat(find(Span.class, panel).all())
        .anySatisfy(s -> assertThat(s.getText()).startsWith("Ready for review since"));
    Button approve = find(Button.class, panel).withId("review-approve").single();
    assertThat(approve.isEnabled()).isFalse();
    assertThat(approve.getElement().getAttribute("title")).contains("four-eyes");
  }

  @Test
  @WithUserDetails("reviewer")
  void a_second_person_approves_from_the_section_and_the_claim_moves_on() {
    ClaimDetail claim = waitingForReview("editor", "The army has 120,000 soldiers.");

    ClaimPanel panel = support.panel(section, Role.REVIEWER, claim.id());
    test(find(Button.class, panel).withId("review-approve").single()).click();

    assertThat(queries.detail(support.demoWorkspace(), claim.id()).status())
        .isEqualTo(ClaimStatus.APPROVED);
    assertThat(find(Button.class, panel).withId("review-publish").single().isEnabled()).isTrue();
  }
}
