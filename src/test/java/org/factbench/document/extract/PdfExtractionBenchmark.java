package org.factbench.document.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long text extraction takes for a PDF of one page of text followed by empty pages, up
 * to 1,000, 4,000 and 8,000 pages in all: once with the page limit raised to 1,000,000 so that
 * every page is read, and once with the default limit of 2,000 pages, which refuses the larger two
 * before reading them; and how long the default limit takes to refuse 110,000 and 900,000 pages
 * (9.6 MB; most of that time is PDFBox loading the file, which the time budget cannot stop).
 * Asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test -Dtest=PdfExtractionBenchmark
 * -Dvaadin.skip}.
 *
 * <p>Before the one-pass extractor (commit deecf2b, one stripper call per page, each walking the
 * whole page tree) the same machine printed 2,123 ms, 10,266 ms and 54,791 ms.
 */
@Tag("benchmark")
class PdfExtractionBenchmark {

  private static final int[] PAGES = {1_000, 4_000, 8_000};

  @Test
  void extraction_time_for_many_empty_pages() {
    TextExtractor everyPage =
        new TextExtractor(ExtractionLimits.defaults().withMaxPages(1_000_000));
    TextExtractor standard = new TextExtractor(ExtractionLimits.defaults());
    everyPage.fromUpload(pdf(10), "warm-up.pdf");
    for (int pages : PAGES) {
      byte[] pdf = pdf(pages);
      time("every page read", everyPage, pages, pdf);
      time("default limits", standard, pages, pdf);
    }
    time("default limits", standard, 110_000, pdf(110_000));
    // about the most empty pages a file under the 10 MB upload limit holds
    time("default limits", standard, 900_000, pdf(900_000));
  }

  private static void time(String label, TextExtractor extractor, int pages, byte[] pdf) {
    long start = System.nanoTime();
    String outcome;
    try {
      outcome = extractor.fromUpload(pdf, "empty.pdf").text().length() + " characters";
    } catch (ImportRefusedException e) {
      outcome = "refused: " + e.getMessage();
    }
    System.out.printf(
        "PDF extraction (%s), %,d pages (%,d bytes): %,d ms; %s%n",
        label, pages, pdf.length, (System.nanoTime() - start) / 1_000_000, outcome);
  }

  /** One page of text, then empty pages until there are {@code pages} in all. */
  private static byte[] pdf(int pages) {
    try (PDDocument document = new PDDocument()) {
      PDPage first = new PDPage(PDRectangle.A4);
      document.addPage(first);
      try (PDPageContentStream content = new PDPageContentStream(document, first)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 760);
        content.showText("The report begins here.");
        content.endText();
      }
      for (int i = 1; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
