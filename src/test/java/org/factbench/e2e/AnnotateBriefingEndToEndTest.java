package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.security.DemoUsers;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.TextSelection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnnotateBriefingEndToEndTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  static String briefing() throws IOException {
    try (InputStream in =
        AnnotateBriefingEndToEndTest.class.getResourceAsStream("/demo/briefing.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void editor_imports_the_briefing_marks_a_claim_with_the_mouse_and_everything_survives_a_reload()
      throws IOException {
    AtomicInteger dialogs = new AtomicInteger();
    page.onDialog(
        d -> {
          dialogs.incrementAndGet();
          d.dismiss();
        });
    long workspace =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String title = Fixtures.unique("Briefing");
    signIn(page, "editor", DemoUsers.PASSWORD);

    // import by pasting
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    page.locator("#import-title input").fill(title);
    page.locator("#import-text textarea").fill(briefing());
    page.locator("#import-confirm").click();
    assertThat(page.locator("#document-title")).hasText(title);
    assertThat(page.locator("#annotator")).containsText("defence spending is 6.3% of GDP");
    screenshot(page, "10-reader-imported");

    // select a sentence with the mouse
    String sentence = "The Russian army loses about half a million men every month.";
    selectWithMouse(sentence);
    assertThat(page.locator("#selection-quote")).hasText("\u201c" + sentence + "\u201d");
    page.locator("#new-claim-claimant input").fill("Senator Hale");
    page.locator("#new-claim-claimant input").press("Enter");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    assertThat(page.locator("#claim-quote")).containsText(sentence);
    // the transcript's time mark (02:30) travels with the claim
    assertThat(page.locator("#claim-time input")).hasValue("2:30");

    // verdict, rationale, save
    page.locator("#claim-verdict input").fill("False");
    page.locator("#claim-verdict input").press("Enter");
    page.locator("#claim-rationale textarea")
        .fill(
            "No estimate comes near half a million a month; the highest put total losses in the hundreds of thousands.");
    page.locator("#claim-save").click();
    assertThat(page.locator("#verdict-badge")).hasText("False");

    // a source and a note
    page.getByText("Add a source").click();
    page.locator("#source-url input").fill("https://Example.org:443/losses-report");
    page.locator("#source-title input").fill("Independent loss estimates");
    page.locator("#source-passage textarea")
        .fill("Estimates range from 180,000 to 220,000 killed in total.");
    page.locator("#source-stance").click();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.OPTION,
            new Page.GetByRoleOptions().setName("Refutes"))
        .click();
    page.locator("#source-add").click();
    assertThat(page.locator("#claim-sources")).containsText("Independent loss estimates");
    page.locator("#note-text textarea")
        .fill("Asked the senator's office for their source. *Waiting.*");
    page.locator("#note-add").click();
    assertThat(page.locator("#claim-notes")).containsText("Asked the senator's office");
    screenshot(page, "11-claim-worked");

    // reload: the claim is highlighted in its verdict's colour and everything is kept
    page.reload();
    var highlight =
        page.locator("#annotator .fb-hl", new Page.LocatorOptions().setHasText("half a million"));
    assertThat(highlight).isVisible();
    assertThat(highlight).hasCSS("border-bottom-color", "rgb(198, 40, 40)");
    highlight.first().click();
    assertThat(page.locator("#verdict-badge")).hasText("False");
    assertThat(page.locator("#claim-claimant input")).hasValue("Senator Hale");
    assertThat(page.locator("#claim-rationale textarea"))
        .hasValue(
            "No estimate comes near half a million a month; the highest put total losses in the hundreds of thousands.");
    var link =
        page.locator(
            "#claim-sources a", new Page.LocatorOptions().setHasText("Independent loss estimates"));
    assertThat(link).hasAttribute("href", "https://example.org/losses-report");
    assertThat(link).hasAttribute("target", "_blank");
    assertThat(link).hasAttribute("rel", "noopener noreferrer");
    assertThat(page.locator("#claim-notes em")).hasText("Waiting.");
    screenshot(page, "12-after-reload");
    assertThat(dialogs.get()).isZero();

    // the documents list shows the import, and the claims list finds the claim by a word of its
    // rationale
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#document-search input").fill(title);
    assertThat(page.locator("#documents")).containsText(title);
    screenshot(page, "14-documents");
    page.navigate(url("workspaces/" + workspace + "/claims"));
    page.locator("#claim-search input").fill("estimate hundreds");
    assertThat(page.locator("#claims")).containsText(sentence);
    screenshot(page, "15-claims-search");
  }

  @Test
  void hostile_text_in_a_source_and_a_claim_is_shown_as_text() {
    AtomicInteger dialogs = new AtomicInteger();
    page.onDialog(
        d -> {
          dialogs.incrementAndGet();
          d.dismiss();
        });
    long workspace =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + workspace + "/documents"));
    page.locator("#import-document").click();
    String hostile =
        "Minister said <img src=x onerror=alert(1)> and <script>alert(2)</script> twice.";
    page.locator("#import-title input").fill(Fixtures.unique("<b>Hostile</b>"));
    page.locator("#import-text textarea").fill(hostile);
    page.locator("#import-confirm").click();
    assertThat(page.locator("#annotator")).hasText(hostile);
    assertThat(page.locator("#annotator img")).hasCount(0);
    assertThat(page.locator("#annotator script")).hasCount(0);
    selectWithMouse("<img src=x onerror=alert(1)>");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-quote")).containsText("<img src=x onerror=alert(1)>");
    page.navigate(url("workspaces/" + workspace + "/claims"));
    page.locator("#claim-search input").fill("minister onerror");
    assertThat(page.locator("#claims")).containsText("<img src=x onerror=alert(1)>");
    assertThat(page.locator("#claims img")).hasCount(0);
    screenshot(page, "13-hostile-as-text");
    assertThat(dialogs.get()).isZero();
  }

  private void selectWithMouse(String quote) {
    TextSelection.selectWithMouse(page, quote);
  }
}
