package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.DemoUsers;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor previews the report and downloads it as HTML and PDF, and we look at both. */
class ReportsEndToEndTest extends BrowserTest {

  static final Path OUT = Path.of("target", "reports");

  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;

  @Test
  void the_reports_view_previews_and_downloads_html_and_pdf() throws Exception {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String wording = Fixtures.unique("Defence spending reached 4.1% of GDP in 2026");
    publish(ws, wording);
    Files.createDirectories(OUT);

    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws + "/reports"));
    assertThat(page.locator("#workspace-nav")).containsText("Reports");
    page.locator("#report-preview").click();
    assertThat(page.locator("#report-frame")).isVisible();
    assertThat(page.frameLocator("#report-frame").locator("body")).containsText(wording);
    assertThat(page.frameLocator("#report-frame").locator("table.summary")).containsText("True");
    screenshot(page, "40-reports-preview");

    Download html = page.waitForDownload(() -> page.locator("#report-download").click());
    Path htmlFile = OUT.resolve("report.html");
    html.saveAs(htmlFile);
    assertThat(html.suggestedFilename()).endsWith(".html");
    assertThat(Files.readString(htmlFile)).contains(wording);
    assertThat(page.locator("#report-status")).containsText("Downloaded");

    page.locator("#report-format").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("PDF")).click();
    Download pdf = page.waitForDownload(() -> page.locator("#report-download").click());
    Path pdfFile = OUT.resolve("report.pdf");
    pdf.saveAs(pdfFile);
    assertThat(pdf.suggestedFilename()).endsWith(".pdf");
    try (var document = Loader.loadPDF(pdfFile.toFile())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(wording);
    }

    // look at both: the HTML as the browser shows it, the PDF's first page as an image
    Page reader = context.newPage();
    reader.navigate(htmlFile.toAbsolutePath().toUri().toString());
    screenshot(reader, "41-report-html");
    Process p =
        new ProcessBuilder(
                List.of(
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    pdfFile.toString(),
                    SCREENSHOTS.resolve("42-report-pdf-page1").toString()))
            .inheritIO()
            .start();
    assertThat(p.waitFor()).isZero();
    assertThat(SCREENSHOTS.resolve("42-report-pdf-page1.png")).exists();
  }

  private void publish(long ws, String wording) {
    long trueId =
        system.runAs("editor", () -> ratings.of(ws)).stream()
            .filter(v -> v.label().equals("True"))
            .findFirst()
            .get()
            .id();
    long id =
        system.runAs(
            "editor",
            () -> {
              ClaimDetail c = claims.create(ws, NewClaim.byHand(wording));
              c =
                  claims.update(
                      ws,
                      c.id(),
                      new ClaimEdit(
                          wording,
                          "Minister Varga",
                          null,
                          List.of("defence"),
                          null,
                          trueId,
                          "The 2026 budget law puts defence at 4.1% of GDP.",
                          c.version()));
              return review
                  .transition(ws, c.id(), ReviewAction.SEND_TO_REVIEW, null, c.version())
                  .id();
            });
    system.runAs(
        "reviewer",
        () -> {
          ClaimDetail c = queries.detail(ws, id);
          c = review.transition(ws, id, ReviewAction.APPROVE, null, c.version());
          review.transition(ws, id, ReviewAction.PUBLISH, null, c.version());
        });
  }
}
