package org.factbench.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factbench.security.DemoUsers;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor imports a small reference collection, opens a document, sees "Already checked by
 * Snopes: False" on a suggested sentence, makes it a claim (the badge is in the new-claim form and
 * in the claim's similar claims) and follows the badge's link to the fact-check.
 */
class MatchingEndToEndTest extends BrowserTest {

  static final String VOTE =
      "The parliament passed the budget bill by 300 votes to 120 on Tuesday.";
  static final String TEXT = "Good evening, everyone.\n\n" + VOTE + "\n\nThank you.";
  static final String SNOPES = "https://www.snopes.com/fact-check/budget-bill-vote/";

  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired ReferenceCollections collections;
  @Autowired MatchingIndex index;

  @Test
  void an_editor_sees_already_checked_by_snopes_on_a_suggested_sentence_and_follows_it()
      throws InterruptedException {
    long workspace =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String csv =
        "claim,title,publisher,url,rating,date\n"
            + "\"Parliament passed the budget bill by 300 votes to 120\",Budget vote,Snopes,"
            + SNOPES
            + ",False,2026-11-20\n"
            + "\"The moon landing was staged in a studio\",Moon,Snopes,"
            + "https://www.snopes.com/fact-check/moon/,False,2019-07-20\n";
    system.runAs(
        "editor",
        () ->
            collections.importFile(
                workspace,
                "Snopes sample",
                "Snopes",
                csv.getBytes(StandardCharsets.UTF_8),
                "text/csv"));
    index.match(workspace, "load", 1);
    assertThat(index.awaitIdle(Duration.ofMinutes(5))).isTrue();

    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    page.locator("#import-title input").fill(Fixtures.unique("Budget night"));
    page.locator("#import-text textarea").fill(TEXT);
    page.locator("#import-confirm").click();

    Locator suggestion =
        page.locator(".fb-suggestion-item", new Page.LocatorOptions().setHasText("300 votes"))
            .first();
    Locator badge = suggestion.locator(".fb-already-checked");
    assertThat(badge).hasText("Already checked by Snopes: False");
    assertThat(badge).hasAttribute("href", SNOPES);
    assertThat(badge).hasAttribute("target", "_blank");
    assertThat(badge).hasAttribute("rel", "noopener noreferrer");
    suggestion.scrollIntoViewIfNeeded();
    screenshot(page, "50-suggestion-already-checked");

    suggestion.locator(".fb-suggestion-accept").click();
    Locator inForm =
        page.locator("vaadin-vertical-layout:has(#new-claim-wording) .fb-already-checked");
    assertThat(inForm.first()).hasText("Already checked by Snopes: False");
    screenshot(page, "51-new-claim-already-checked");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    page.locator("#claim-similar-details").click();
    Locator inPanel = page.locator("#claim-similar .fb-already-checked");
    assertThat(inPanel.first()).hasText("Already checked by Snopes: False");
    assertThat(page.locator("#claim-similar")).containsText("meaning");
    inPanel.first().scrollIntoViewIfNeeded();
    screenshot(page, "52-claim-panel-already-checked");

    // following the link opens the fact-check in a new tab (no network here: the request is caught)
    page.context()
        .route(
            SNOPES,
            r ->
                r.fulfill(
                    new com.microsoft.playwright.Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<h1>Snopes: budget bill vote</h1>")));
    Page tab = page.context().waitForPage(() -> inPanel.first().click());
    assertThat(tab).hasURL(SNOPES);
    tab.close();
  }
}
