package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factbench.document.extract.ExtractFixtures.clockStepping;
import static org.factbench.document.extract.ExtractFixtures.pdfPages;
import static org.factbench.document.extract.ExtractFixtures.pdfStatingPageCount;
import static org.factbench.document.extract.ExtractFixtures.pdfWithContentStream;
import static org.factbench.document.extract.ExtractFixtures.pdfWithEmptyPages;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

  private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

  @Test
  void a_pdf_with_more_empty_pages_than_the_page_limit_is_refused_by_the_page_limit() {
    byte[] pdf = pdfWithEmptyPages("The report begins here.", 2_000);

    assertThatThrownBy(() -> extractor.fromUpload(pdf, "empty.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "The PDF has more than 2,000 pages; the limit is 2,000 pages. Split it into smaller"
                + " PDFs (most PDF viewers can print or save a range of pages as a new PDF) and"
                + " import them separately.")
        .extracting(e -> ((ImportRefusedException) e).reason())
        .isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void a_pdf_of_exactly_the_page_limit_is_read() {
    TextExtractor tenPages = new TextExtractor(ExtractionLimits.defaults().withMaxPages(10));

    assertThat(tenPages.fromUpload(pdfWithEmptyPages("Cover.", 9), "ten.pdf").text())
        .isEqualTo("Cover.");
    assertThatThrownBy(() -> tenPages.fromUpload(pdfWithEmptyPages("Cover.", 10), "eleven.pdf"))
        .hasMessageStartingWith("The PDF has more than 10 pages; the limit is 10 pages.");
  }

  @Test
  void a_pdf_whose_page_tree_understates_its_pages_is_refused_by_the_page_limit()
      throws IOException {
    byte[] pdf = pdfStatingPageCount(1, 30);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
    TextExtractor tenPages = new TextExtractor(ExtractionLimits.defaults().withMaxPages(10));

    assertThatThrownBy(() -> tenPages.fromUpload(pdf, "lying.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The PDF has more than 10 pages; the limit is 10 pages.");
  }

  @Test
  void a_pdf_over_the_character_limit_through_many_pages_is_refused() {
    TextExtractor small =
        new TextExtractor(
            ExtractionLimits.of(
                ExtractionLimits.DEFAULT_MAX_BYTES,
                1_000,
                2_000,
                ExtractionLimits.DEFAULT_TIME_BUDGET));
    String[] pages = new String[60];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = "Page " + (i + 1) + " has a sentence of some length.";
    }

    assertThatThrownBy(() -> small.fromUpload(pdfPages(pages), "long.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The document has more than 1,0")
        .hasMessageContaining("characters of text; the limit is 1,000.");
  }

  @Test
  void a_single_page_with_far_more_glyphs_than_the_character_limit_is_refused_while_it_is_read() {
    TextExtractor small =
        new TextExtractor(
            ExtractionLimits.of(
                ExtractionLimits.DEFAULT_MAX_BYTES,
                100,
                2_000,
                ExtractionLimits.DEFAULT_TIME_BUDGET));
    // one text object that draws 300 glyphs: more than twice the limit of 100
    byte[] pdf = pdfWithContentStream("BT /F1 8 Tf 20 700 Td (" + "word ".repeat(60) + ") Tj ET");

    assertThatThrownBy(() -> small.fromUpload(pdf, "dense.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "The document has more than 100 characters of text; the limit is 100. Split it into"
                + " smaller parts and import them separately.");
  }

  @Test
  void a_pdf_that_takes_longer_than_the_time_budget_is_refused_part_way() {
    // every look at the clock moves it on by one second: the budget is spent after 60 looks,
    // and every page is looked at twice, so the refusal comes about 30 pages in
    String[] pages = new String[200];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = "Page " + (i + 1) + ".";
    }
    byte[] pdf = pdfPages(pages);
    ExtractionLimits minute = ExtractionLimits.defaults().withTimeBudget(Duration.ofSeconds(60));

    assertThatThrownBy(
            () -> new TextExtractor(minute, clockStepping(1_000)).fromUpload(pdf, "slow.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "Reading the file took longer than the 60 seconds Factbench allows for one document,"
                + " so it was stopped. Split the document into smaller parts and import them one"
                + " by one, or save it again in a simpler form (plain text, .docx or a new PDF)"
                + " and upload that.");
    assertThat(new TextExtractor(minute).fromUpload(pdf, "slow.pdf").text())
        .startsWith("Page 1.\n\nPage 2.")
        .endsWith("Page 199.\n\nPage 200.");
  }

  @Test
  void a_page_full_of_drawing_operators_is_stopped_by_the_time_budget() {
    // 20,000 path operators and not one glyph: the clock is read every 256 operators
    byte[] pdf = pdfWithContentStream("0 0 m 1 1 l S\n".repeat(20_000 / 3));
    ExtractionLimits tenSeconds =
        ExtractionLimits.defaults().withTimeBudget(Duration.ofSeconds(10));

    assertThatThrownBy(
            () -> new TextExtractor(tenSeconds, clockStepping(1_000)).fromUpload(pdf, "art.pdf"))
        .hasMessageStartingWith("Reading the file took longer than the 10 seconds");
    assertThatThrownBy(() -> new TextExtractor(tenSeconds).fromUpload(pdf, "art.pdf"))
        .hasMessageContaining("no text layer");
  }

  @Test
  void a_long_pdf_keeps_every_page_in_order_without_its_page_numbers() {
    String[] pages = new String[300];
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      pages[i] = "Section " + (i + 1) + " of the report.\n" + (i + 1);
      expected.add("Section " + (i + 1) + " of the report.");
    }

    ExtractedText result = extractor.fromUpload(pdfPages(pages), "report.pdf");

    assertThat(result.text()).isEqualTo(String.join("\n\n", expected));
  }

  @Test
  void empty_pages_between_pages_of_text_leave_no_gap() {
    byte[] pdf = pdfPages("First.", null, null, "Second.", null);

    assertThat(extractor.fromUpload(pdf, "gaps.pdf").text()).isEqualTo("First.\n\nSecond.");
  }
}
