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
 * Prints how long text extraction takes for a PDF of one page of text followed by 1,000, 4,000 and
 * 8,000 empty pages. Asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=PdfExtractionBenchmark -Dvaadin.skip}.
 */
@Tag("benchmark")
class PdfExtractionBenchmark {

  private static final int[] PAGES = {1_000, 4_000, 8_000};

  @Test
  void extraction_time_for_many_empty_pages() {
    TextExtractor extractor =
        new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, TextExtractor.DEFAULT_MAX_CHARS);
    extractor.fromUpload(pdf(10), "warm-up.pdf");
    for (int pages : PAGES) {
      byte[] pdf = pdf(pages);
      long start = System.nanoTime();
      String outcome;
      try {
        outcome = extractor.fromUpload(pdf, "empty.pdf").text().length() + " characters";
      } catch (ImportRefusedException e) {
        outcome = "refused: " + e.getMessage();
      }
      System.out.printf(
          "PDF extraction, %,d pages (%,d bytes): %,d ms; %s%n",
          pages, pdf.length, (System.nanoTime() - start) / 1_000_000, outcome);
    }
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
