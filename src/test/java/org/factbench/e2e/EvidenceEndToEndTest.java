package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.Evidence;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.DemoUsers;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.LoopbackPages;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor cites two pages, served on 127.0.0.1 by the test: one quotes a passage that is on the
 * page, one a passage that is not. The panel shows both archived with both passage states, the
 * archived text opens, the claims list marks the claim; then the page changes, and the reviewer
 * sees "changed since cited" above the review buttons. (The demo workspace is never fetched, so
 * this runs in a workspace of its own, with the demo's editor and reviewer as members.)
 */
class EvidenceEndToEndTest extends BrowserTest {

  static final String STATEMENT =
      """
      <!doctype html><html><head><title>Ministry statement on the 2026 budget</title></head>
      <body><h1>Ministry statement</h1>
      <p>The defence budget rose by 4.1 percent in 2026, the ministry said on Tuesday.</p>
      <p>Spending on pensions stayed flat at 9.8 billion.</p></body></html>
      """;
  static final String PRESS =
      """
      <!doctype html><html><head><title>Press report</title></head>
      <body><p>Officials declined to comment on the budget.</p></body></html>
      """;

  @Autowired SystemTasks system;
  @Autowired WorkspaceService workspaces;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired RatingScale ratings;
  @Autowired ReviewService review;
  @Autowired Fixtures fixtures;

  LoopbackPages web = new LoopbackPages();

  @org.junit.jupiter.api.BeforeEach
  void patientAssertions() {
    // two shared cores: the first view of a run may take longer than the default 5 s
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterEach
  void stopTheServer() {
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    web.close();
  }

  @Test
  void an_editor_sees_both_passage_states_and_the_archived_text_and_a_reviewer_sees_a_change() {
    web.page("/statement", "text/html; charset=utf-8", STATEMENT);
    web.page("/press", "text/html; charset=utf-8", PRESS);
    WorkspaceSummary ws = fixtures.workspace("evidence-e2e");
    system.runAs("admin", () -> workspaces.setMember(ws.id(), "editor", Role.EDITOR));
    system.runAs("admin", () -> workspaces.setMember(ws.id(), "reviewer", Role.REVIEWER));
    String wording = Fixtures.unique("The defence budget rose by 4.1 percent in 2026");
    long id = system.runAs("editor", () -> claims.create(ws.id(), NewClaim.byHand(wording))).id();

    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws.id() + "/claims/" + id));
    assertThat(page.locator("#claim-panel")).isVisible();
    addSource(
        web.url("/statement"),
        "Ministry statement",
        "The defence budget rose by 4.1 percent in 2026, the ministry said");
    addSource(web.url("/press"), "Press report", "The minister confirmed the rise on Tuesday.");

    List<Evidence> cited = system.runAs("editor", () -> queries.detail(ws.id(), id)).sources();
    long statement = byTitle(cited, "Ministry statement").id();
    long press = byTitle(cited, "Press report").id();
    Locator first = page.locator("#evidence-" + statement);
    Locator second = page.locator("#evidence-" + press);
    // archived in the background; the panel follows without a reload
    assertThat(first.locator(".archive-state")).hasText("Archived", slow());
    assertThat(second.locator(".archive-state")).hasText("Archived", slow());
    assertThat(first.locator(".passage-state"))
        .containsText("Passage found in the archived copy (fetched ");
    assertThat(second.locator(".passage-state")).hasText("Passage not found");
    assertThat(first).containsText("status 200");
    // the warning above the review buttons is drawn when the panel opens (it does not follow the
    // background archive live, unlike the sources' states above)
    page.reload();
    assertThat(page.locator("#evidence-warning"))
        .containsText("the quoted passage is not in the archived copy");
    page.locator("#evidence-details").scrollIntoViewIfNeeded();
    screenshot(page, "60-evidence-archived-both-passage-states");

    page.locator("#evidence-open-" + statement).click();
    // dialog texts by text: Playwright's text locators reach into the overlay's shadow root
    assertThat(page.getByText("Archived copy: Ministry statement on the 2026 budget").first())
        .isVisible();
    Locator pensions = page.getByText("Spending on pensions stayed flat at 9.8 billion.");
    assertThat(pensions.first()).isVisible();
    screenshot(page, "61-evidence-archived-text");
    page.keyboard().press("Escape");
    assertThat(pensions).hasCount(0);

    // the claims list marks the claim whose passage is not found
    page.navigate(url("workspaces/" + ws.id() + "/claims"));
    Locator badge =
        page.locator(
            "vaadin-icon.fb-list-badge[aria-label='A quoted passage is not in its archived copy']");
    assertThat(badge.first()).isVisible();
    screenshot(page, "62-evidence-claims-list-badge");

    // the claim goes to review; meanwhile the cited page changes and the editor checks it now
    system.runAs("editor", () -> sendToReview(ws.id(), id));
    web.page(
        "/statement",
        "text/html; charset=utf-8",
        STATEMENT.replace("stayed flat at 9.8 billion", "fell to 9.1 billion"));
    page.navigate(url("workspaces/" + ws.id() + "/claims/" + id));
    page.locator("#evidence-check-" + statement).click();
    assertThat(first.locator(".watch-state"))
        .containsText(
            "Changed since cited", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

    BrowserContext reviewerDesk = newContext();
    Page reviewer = reviewerDesk.newPage();
    signIn(reviewer, "reviewer", DemoUsers.PASSWORD);
    reviewer.navigate(url("workspaces/" + ws.id() + "/review/" + id));
    Locator warning = reviewer.locator("#evidence-warning");
    assertThat(warning).containsText("Before approving, look at these sources");
    assertThat(warning).containsText("Ministry statement: the page changed since it was cited");
    assertThat(warning)
        .containsText("Press report: the quoted passage is not in the archived copy");
    assertThat(reviewer.locator("#review-approve")).isVisible();
    screenshot(reviewer, "63-evidence-reviewer-warning-before-approving");
    reviewer.locator("#evidence-diff-" + statement).click();
    assertThat(reviewer.getByText("Changes since cited").first()).isVisible();
    assertThat(reviewer.getByText("Spending on pensions stayed flat at 9.8 billion.").first())
        .isVisible();
    assertThat(reviewer.getByText("Spending on pensions fell to 9.1 billion.").first()).isVisible();
    screenshot(reviewer, "64-evidence-reviewer-diff");
    reviewerDesk.close();
    // every page the test fetched was on the loopback server
    assertThat(web.seen()).isNotEmpty();
  }

  private void addSource(String url, String title, String passage) {
    page.getByText("Add a source").click();
    page.locator("#source-url input").fill(url);
    page.locator("#source-title input").fill(title);
    page.locator("#source-passage textarea").fill(passage);
    page.locator("#source-add").click();
    assertThat(page.locator("#claim-sources")).containsText(title);
  }

  private static Evidence byTitle(List<Evidence> sources, String title) {
    return sources.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
  }

  private static LocatorAssertions.HasTextOptions slow() {
    return new LocatorAssertions.HasTextOptions().setTimeout(30_000);
  }

  private ClaimDetail sendToReview(long ws, long id) {
    ClaimDetail c = queries.detail(ws, id);
    long falseId =
        ratings.of(ws).stream().filter(v -> v.label().equals("True")).findFirst().get().id();
    ClaimEdit e = c.toEdit();
    ClaimDetail rated =
        claims.update(
            ws,
            id,
            new ClaimEdit(
                e.wording(),
                e.claimant(),
                e.timeSeconds(),
                e.tags(),
                e.assigneeId(),
                falseId,
                "The ministry's statement says so.",
                e.version()));
    return review.transition(ws, id, ReviewAction.SEND_TO_REVIEW, null, rated.version());
  }
}
