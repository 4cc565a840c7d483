package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factbench.security.DemoUsers;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Suggested sentences in the reader (ranked list and faint highlights), a suggestion made into a
 * claim with a shortened span and linked to the same claim checked elsewhere, a dismissal that
 * lasts, and the figure check in the claims list and the claim panel.
 */
class AssistEndToEndTest extends BrowserTest {

  static final String SPENDING =
      "A government spokesman said defence spending is 6.3% of GDP this year, the highest share in"
          + " the alliance.";
  static final String VOTE =
      "The parliament passed the budget bill by 300 votes to 120 on Tuesday.";
  static final String TEXT =
      "Good evening, everyone.\n\n"
          + SPENDING
          + "\n\nI think we could perhaps do better.\n\n"
          + VOTE
          + "\n\nThank you.";

  @Autowired JdbcClient jdbc;

  private long demoWorkspace() {
    return jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
        .query(Long.class)
        .single();
  }

  @Test
  void editor_turns_a_suggestion_into_a_linked_claim_and_dismisses_another_for_good() {
    long workspace = demoWorkspace();
    String title = Fixtures.unique("Spokesman");
    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    page.locator("#import-title input").fill(title);
    page.locator("#import-text textarea").fill(TEXT);
    page.locator("#import-confirm").click();
    assertThat(page.locator("#document-title")).hasText(title);

    // ranked in the side list, with reasons, and painted faintly in the text
    Locator grid = page.locator("#suggestions");
    assertThat(grid).containsText("defence spending is 6.3% of GDP");
    assertThat(grid).containsText("percentage");
    assertThat(grid).not().containsText("Good evening");
    assertThat(page.locator("#annotator .fb-sg").first()).isVisible();
    assertThat(page.locator("#annotator .fb-sg", new Page.LocatorOptions().setHasText("6.3%")))
        .hasCount(1);
    screenshot(page, "40-reader-suggestions");

    // accept: shorten the span to the words that make the claim, and link it to the demo's claim
    // of the same figure
    item("6.3% of GDP").locator(".fb-suggestion-accept").click();
    Locator span = page.locator("#suggestion-span textarea");
    assertThat(span).hasValue(SPENDING);
    span.fill("defence spending is 6.3% of GDP this year");
    Locator sameAs = page.locator("#new-claim-same-as");
    assertThat(sameAs).isVisible();
    sameAs.click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Our defence spending"))
        .first()
        .click();
    assertThat(page.locator("#new-claim-wording textarea"))
        .hasValue("defence spending is 6.3% of GDP this year");
    screenshot(page, "41-suggestion-to-claim");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    assertThat(page.locator("#claim-quote"))
        .hasText("\u201cdefence spending is 6.3% of GDP this year\u201d");
    assertThat(page.locator("#claim-same-as")).containsText("Our defence spending is 6.3% of GDP");
    screenshot(page, "42-linked-claim");

    // the accepted suggestion leaves the list; a dismissed one leaves it for good
    page.locator("#back-to-claims").click();
    assertThat(shown("6.3% of GDP")).hasCount(0);
    item("300 votes to 120").locator(".fb-suggestion-dismiss").click();
    assertThat(shown("300 votes to 120")).hasCount(0);
    page.reload();
    assertThat(page.locator("#annotator")).containsText("300 votes to 120");
    assertThat(shown("A government spokesman")).hasCount(0);
    assertThat(shown("300 votes to 120")).hasCount(0);
    assertThat(page.locator("#annotator .fb-sg", new Page.LocatorOptions().setHasText("300 votes")))
        .hasCount(0);
    page.locator("#suggestions-show-decided").click();
    assertThat(page.locator("#suggestions")).containsText("300 votes to 120");
    assertThat(page.locator("#suggestions")).containsText("Dismissed");
  }

  @Test
  void a_claim_made_from_a_transcript_sentence_takes_its_speaker_as_claimant() {
    long workspace = demoWorkspace();
    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    page.locator("#import-title input").fill(Fixtures.unique("Budget debate"));
    page.locator("#import-text textarea")
        .fill(
            "00:00 Moderator: Good evening. Is the budget fair?\n"
                + "00:09 Minister Varga: Defence spending rose to 6.3% of GDP in 2024, the highest"
                + " share in the alliance.\n"
                + "00:30 Moderator: Thank you, Minister.\n");
    page.locator("#import-confirm").click();

    Locator suggestion = item("6.3% of GDP in 2024");
    assertThat(suggestion).containsText("Minister Varga:");
    suggestion.locator(".fb-suggestion-accept").click();
    assertThat(page.locator("#new-claim-claimant input")).hasValue("Minister Varga");
    screenshot(page, "45-transcript-suggestion-speaker");
  }

  @Test
  void a_claim_whose_figure_its_sources_contradict_is_flagged_in_the_list_and_the_panel() {
    long workspace = demoWorkspace();
    signIn(page, "reviewer", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/claims"));
    page.locator("#claim-search input").fill("millions died Ukraine");
    // the row carries a warning icon whose accessible name is the sentence (the detail is in the
    // panel)
    Locator flag =
        page.locator(
            "#claims vaadin-icon.fb-flag[aria-label*='claim says Millions of people']:not([hidden])");
    assertThat(flag.first()).isVisible();
    assertThat(flag.first())
        .hasAttribute(
            "aria-label",
            java.util.regex.Pattern.compile(
                "^Figures disagree: .*hundreds of thousands.*off by about 10x too high"));
    flag.first().scrollIntoViewIfNeeded();
    screenshot(page, "43-claims-figure-flag");

    page.getByText("Millions of people have died in Ukraine since").first().click();
    assertThat(page.locator("#claim-figure-check")).containsText("Figures disagree");
    assertThat(page.locator("#claim-same-claims")).containsText("millions have died in this war");
    page.locator("#claim-similar-details").click();
    assertThat(page.locator("#claim-similar")).containsText("millions have died in this war");
    screenshot(page, "44-claim-figure-and-links");
    assertThat(page.locator("#claim-sources")).containsText("figure: hundreds of thousands");
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

  static {
    assertThat(TEXT).contains(SPENDING);
  }
}
