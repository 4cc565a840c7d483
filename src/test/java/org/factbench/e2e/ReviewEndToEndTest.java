package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.DemoUsers;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor and a reviewer at two desks run one claim through review, seeing each other live. */
class ReviewEndToEndTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired RatingScale ratings;
  @Autowired HistoryService history;
  @Autowired ReviewService review;

  @Test
  void a_claim_goes_to_review_comes_back_with_a_comment_and_is_approved_and_published_live() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String wording = Fixtures.unique("Defence spending is 6.3% of GDP this year");
    long editorId =
        jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();
    long id = system.runAs("editor", () -> proposeFalse(ws, wording, editorId)).id();

    // the reviewer watches the queue; the editor has the claim open
    BrowserContext reviewerDesk = newContext();
    Page reviewer = reviewerDesk.newPage();
    signIn(reviewer, "reviewer", DemoUsers.PASSWORD);
    reviewer.navigate(url("workspaces/" + ws + "/review"));
    assertThat(reviewer.locator("#review-queue")).isVisible();
    assertThat(row(reviewer, wording)).hasCount(0);

    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws + "/claims/" + id));
    assertThat(page.locator("#status-badge")).hasText("New");
    screenshot(page, "30-editor-before-review");
    page.locator("#review-send-to-review").click();
    assertThat(page.locator("#status-badge")).hasText("Ready for review");
    assertThat(page.locator("#claim-wording textarea")).not().isEditable();

    // it arrives in the reviewer's queue without a reload
    assertThat(row(reviewer, wording)).isVisible();
    screenshot(reviewer, "31-queue-with-new-claim");
    row(reviewer, wording).click();
    assertThat(reviewer.locator("#claim-panel #status-badge")).hasText("Ready for review");
    reviewer.locator("#review-return").click();
    String comment = "Cite the ministry's budget law, not the press release.";
    reviewer.locator("#review-reason textarea").fill(comment);
    screenshot(reviewer, "32-return-with-comment");
    reviewer.locator("#review-confirm").click();
    assertThat(reviewer.locator("#claim-panel #status-badge")).hasText("Returned to research");
    // the queue shows only what waits for a reviewer
    assertThat(row(reviewer, wording)).hasCount(0);

    // the editor sees the comment appear on the open claim
    assertThat(page.locator("#review-comment")).containsText(comment);
    assertThat(page.locator("#status-badge")).hasText("Returned to research");
    screenshot(page, "33-editor-sees-comment");

    // the editor sends it again; the reviewer, four-eyes satisfied, approves and publishes
    page.locator("#review-send-to-review").click();
    assertThat(page.locator("#status-badge")).hasText("Ready for review");
    assertThat(row(reviewer, wording)).isVisible();
    // the reviewer still has the claim open: it follows too
    assertThat(reviewer.locator("#claim-panel #status-badge")).hasText("Ready for review");
    assertThat(reviewer.locator("#review-comment")).containsText(comment);
    reviewer.locator("#review-approve").click();
    assertThat(reviewer.locator("#claim-panel #status-badge")).hasText("Approved");
    reviewer.locator("#review-publish").click();
    assertThat(reviewer.locator("#claim-panel #status-badge")).hasText("Published");
    screenshot(reviewer, "34-published");

    // the editor's open claim follows, and the editor cannot approve their own verdict anyway
    assertThat(page.locator("#status-badge")).hasText("Published");
    assertThat(page.locator("#review-publish")).hasCount(0);
    page.locator("#history-details").click();
    assertThat(page.locator("#claim-history")).containsText("returned to research");
    assertThat(page.locator("#claim-history")).containsText(comment);
    screenshot(page, "35-editor-history");

    ClaimDetail done = system.runAs("editor", () -> queries.detail(ws, id));
    assertThat(done.status()).isEqualTo(ClaimStatus.PUBLISHED);
    assertThat(system.runAs("editor", () -> history.forClaim(ws, id)))
        .extracting(HistoryEntry::action)
        .containsSubsequence(
            "sent to review", "returned to research", "sent to review", "approved", "published");
    reviewerDesk.close();
  }

  @Test
  void a_reviewer_disputes_a_verdict_and_an_admin_decides_with_both_positions_side_by_side() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    long editorId =
        jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();
    String wording = Fixtures.unique("Russia lost 180,000-220,000 soldiers killed in action");
    long id =
        system.runAs(
            "editor",
            () -> {
              ClaimDetail c = proposeFalse(ws, wording, editorId);
              return review
                  .transition(ws, c.id(), ReviewAction.SEND_TO_REVIEW, null, c.version())
                  .id();
            });

    signIn(page, "reviewer", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws + "/review/" + id));
    assertThat(page.locator("#claim-panel #status-badge")).hasText("Ready for review");
    page.locator("#review-dispute").click();
    page.locator("#review-verdict input").fill("Mostly false");
    page.locator("#review-verdict input").press("Enter");
    page.locator("#review-reason textarea")
        .fill(
            "Two independent counts put it at 170,000-200,000; the range is plausible, not false.");
    page.locator("#review-confirm").click();
    assertThat(page.locator("#claim-panel #status-badge")).hasText("Disputed");
    assertThat(page.locator("#dispute-proposed")).containsText("False");
    assertThat(page.locator("#dispute-disputed")).containsText("Mostly false");
    assertThat(page.locator("#resolve-upheld")).isDisabled();
    screenshot(page, "37-dispute-side-by-side");

    BrowserContext adminDesk = newContext();
    Page admin = adminDesk.newPage();
    signIn(admin, "admin", DemoUsers.PASSWORD);
    admin.navigate(url("workspaces/" + ws + "/review/" + id));
    assertThat(admin.locator("#dispute")).isVisible();
    admin.locator("#resolve-adopted").click();
    admin.locator("#review-reason textarea").fill("The independent counts are the better source.");
    admin.locator("#review-confirm").click();
    assertThat(admin.locator("#claim-panel #status-badge")).hasText("Approved");
    assertThat(admin.locator("#claim-panel #verdict-badge")).hasText("Mostly false");
    // the reviewer's open claim follows
    assertThat(page.locator("#claim-panel #status-badge")).hasText("Approved");
    assertThat(page.locator("#dispute")).hasCount(0);
    screenshot(page, "38-dispute-resolved");
    adminDesk.close();
  }

  @Test
  void my_work_lists_the_editors_assigned_claims_by_state() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    long editorId =
        jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();
    String wording = Fixtures.unique("Turnout in the 2026 vote was 71 percent");
    system.runAs("editor", () -> proposeFalse(ws, wording, editorId));

    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws + "/my-work"));
    assertThat(page.locator("#state-new")).isVisible();
    page.locator("#state-new").click();
    assertThat(row(page, wording)).isVisible();
    screenshot(page, "36-my-work");
    assertThat(page.locator("#workspace-nav")).containsText("Review queue");
    assertThat(page.locator("#workspace-nav")).containsText("My work");
    // each entry leads to its view in this workspace, in the order the views declare
    assertThat(page.locator("#workspace-nav vaadin-side-nav-item")).hasCount(7);
    assertThat(
            page.locator("#workspace-nav vaadin-side-nav-item")
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Review queue")))
        .hasAttribute("path", "workspaces/" + ws + "/review");
    page.locator("#workspace-nav vaadin-side-nav-item")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Review queue"))
        .click();
    assertThat(page.locator("#review-queue")).isVisible();
  }

  private ClaimDetail proposeFalse(long ws, String wording, long assignee) {
    ClaimDetail c = claims.create(ws, NewClaim.byHand(wording));
    long falseId =
        ratings.of(ws).stream().filter(v -> v.label().equals("False")).findFirst().get().id();
    return claims.update(
        ws,
        c.id(),
        new ClaimEdit(
            wording,
            "Minister Varga",
            null,
            List.of("defence"),
            assignee,
            falseId,
            "The 2026 budget law puts defence at 4.1% of GDP.",
            c.version()));
  }

  /** The visible grid cells with the text (a grid keeps cells of rows it no longer shows). */
  private static Locator row(Page p, String text) {
    return p.locator(
        "vaadin-grid-cell-content >> visible=true", new Page.LocatorOptions().setHasText(text));
  }
}
