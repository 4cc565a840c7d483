package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factbench.document.extract.ExtractFixtures.docx;
import static org.factbench.document.extract.ExtractFixtures.zip;
import static org.factbench.document.extract.ExtractFixtures.zipOfZeros;

import java.time.Duration;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

class ZipInspectorTest {

  private static final long MIB = 1024L * 1024;

  /** Limits whose ZIP limits are small: the document may unpack to 1 MB, everything to 2 MB. */
  private static final ExtractionLimits SMALL_ZIPS =
      new ExtractionLimits(
          ExtractionLimits.DEFAULT_MAX_BYTES,
          ExtractionLimits.DEFAULT_MAX_CHARS,
          ExtractionLimits.DEFAULT_MAX_PAGES,
          Duration.ofSeconds(20),
          MIB,
          2 * MIB,
          50);

  private final TextExtractor extractor = new TextExtractor(SMALL_ZIPS);

  @Test
  void a_word_document_that_unpacks_past_the_limit_is_refused_as_a_zip_bomb() {
    byte[] bomb = zipOfZeros("word/document.xml", 3 * MIB);

    assertThat(bomb.length).isLessThan(10_000);
    assertThatThrownBy(() -> extractor.fromUpload(bomb, "bomb.docx"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "The file unpacks to more than 1 MB, more than Factbench accepts. Split the document"
                + " into smaller parts and upload them separately.")
        .extracting(e -> ((ImportRefusedException) e).reason())
        .isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void an_archive_whose_entries_together_unpack_past_the_limit_is_refused() {
    byte[] bomb = zipOfZeros("word/media/image1.png", 3 * MIB);

    assertThatThrownBy(() -> extractor.fromUpload(bomb, "bomb.docx"))
        .hasMessageStartingWith("The file unpacks to more than 2 MB");
  }

  @Test
  void an_archive_of_more_entries_than_the_limit_is_refused() {
    String[] entries = new String[2 * 51];
    for (int i = 0; i < 51; i++) {
      entries[2 * i] = "word/part" + i + ".xml";
      entries[2 * i + 1] = "<part/>";
    }

    assertThatThrownBy(() -> extractor.fromUpload(zip(entries), "many.docx"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The file is packed from more than 50 parts");
  }

  @Test
  void a_spreadsheet_is_named_as_one_and_refused() {
    byte[] xlsx = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");

    assertThatThrownBy(() -> extractor.fromUpload(xlsx, "sheet.docx"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "This file is an Excel spreadsheet, not a document Factbench can read."
                + " Upload .txt, .md, .html, .docx or .pdf.");
  }

  @Test
  void an_ordinary_word_document_passes_the_inspection() {
    byte[] word = docx(document -> document.createParagraph().createRun().setText("Fine."));

    assertThat(extractor.fromUpload(word, "fine.docx").text()).isEqualTo("Fine.");
  }
}
