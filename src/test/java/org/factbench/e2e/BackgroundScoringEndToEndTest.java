package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.factbench.security.DemoUsers;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A long transcript in the reader (issue 23): the import opens the reader at once with "Scoring
 * sentences: N%" while the sentences are scored in the background; when the scoring ends the
 * suggestions appear without a reload, each with its speaker, its calibrated score as a percentage,
 * the named cues and the nearest labelled example; an editor makes one a claim and dismisses
 * another.
 */
class BackgroundScoringEndToEndTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  /** 600 sentences: about three chunks of embedding, several seconds on two cores. */
  static String transcript() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 199; i++) {
      int year = 1990 + i % 30;
      sb.append("MODERATOR: Senator, what happened to unemployment in ")
          .append(year)
          .append("?\n")
          .append("SENATOR HALE: I think we can do better. We met with people in ")
          .append(year)
          .append(" and listened to them.\n");
    }
    sb.append("MODERATOR: And the budget?\n")
        .append(
            "SENATOR HALE: The parliament voted against the UN resolution on Tuesday, and"
                + " defence spending rose to 6.3% of GDP in 2024, the highest level since 1991.\n")
        .append(
            "MINISTER VARGA: Exports fell by 12% last year, according to the statistics office.\n");
    return sb.toString();
  }

  private long demoWorkspace() {
    return jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
        .query(Long.class)
        .single();
  }

  @Test
  void a_long_transcript_shows_scoring_progress_then_explained_suggestions_to_accept_or_dismiss() {
    long workspace = demoWorkspace();
    String title = Fixtures.unique("Long debate");
    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    page.locator("#import-title input").fill(title);
    page.locator("#import-text textarea").fill(transcript());
    page.locator("#import-confirm").click();
    assertThat(page.locator("#document-title")).hasText(title);

    // the reader opens at once and says how far the scoring has got
    Locator progress = page.locator("#scoring-progress");
    assertThat(progress).isVisible();
    assertThat(page.locator("#scoring-progress-label"))
        .hasText(
            Pattern.compile("Scoring sentences: [1-9][0-9]?%"),
            new LocatorAssertions.HasTextOptions().setTimeout(120_000));
    progress.scrollIntoViewIfNeeded();
    screenshot(page, "46-reader-scoring-progress");

    // when it ends, the suggestions appear without a reload
    assertThat(progress).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(180_000));
    Locator spending = item("6.3% of GDP in 2024");
    assertThat(spending).containsText("SENATOR HALE:");
    assertThat(spending.locator("[theme~='badge']").first()).hasText(Pattern.compile("\\d+%"));
    assertThat(spending.locator(".fb-suggestion-reasons").first()).containsText("percentage");
    assertThat(spending.locator(".fb-suggestion-example"))
        .containsText(Pattern.compile("reads like sentences fact-checkers chose: \u00ab.+\u00bb"));
    Locator exports = item("Exports fell by 12%");
    assertThat(exports).containsText("MINISTER VARGA:");
    spending.scrollIntoViewIfNeeded();
    screenshot(page, "47-reader-scored-suggestions");

    // dismiss one; make the other a claim, with the speaker as claimant
    exports.locator(".fb-suggestion-dismiss").click();
    assertThat(shown("Exports fell by 12%")).hasCount(0);
    item("6.3% of GDP in 2024").locator(".fb-suggestion-accept").click();
    assertThat(page.locator("#suggestion-span textarea")).hasValue(Pattern.compile(".*6\\.3%.*"));
    assertThat(page.locator("#new-claim-claimant input")).hasValue("SENATOR HALE");
    screenshot(page, "48-scored-suggestion-to-claim");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    page.locator("#back-to-claims").click();
    assertThat(shown("6.3% of GDP in 2024")).hasCount(0);
    page.locator("#suggestions-show-decided").click();
    assertThat(page.locator("#suggestions")).containsText("Dismissed");
    assertThat(page.locator("#suggestions")).containsText("Claimed");
    screenshot(page, "49-scored-suggestions-decided");
  }

  /** The suggestions the grid shows (it keeps rows it no longer uses, hidden). */
  private Locator shown(String text) {
    return page.locator(
            "#suggestions .fb-suggestion-item", new Page.LocatorOptions().setHasText(text))
        .filter(new Locator.FilterOptions().setVisible(true));
  }

  private Locator item(String text) {
    Locator found =
        page.locator(".fb-suggestion-item", new Page.LocatorOptions().setHasText(text)).first();
    assertThat(found).isVisible();
    return found;
  }
}
