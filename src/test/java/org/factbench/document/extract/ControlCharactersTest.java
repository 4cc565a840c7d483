package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.document.extract.ExtractFixtures.docx;
import static org.factbench.document.extract.ExtractFixtures.pdf;
import static org.factbench.document.extract.ExtractFixtures.pdfWithContentStream;
import static org.factbench.document.extract.ExtractFixtures.rewriteEntry;
import static org.factbench.document.extract.ExtractFixtures.utf8;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * NUL, which PostgreSQL refuses in text, and the other C0 control characters but tab and newline
 * never leave the extractor, whatever the format they came in.
 */
class ControlCharactersTest {

  /** NUL and every C0 control character but tab, newline, carriage return and form feed. */
  private static final String CONTROLS = controls();

  private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

  @Test
  void control_characters_in_utf16_text_are_stripped() {
    byte[] content =
        ("\uFEFFBudget" + CONTROLS + " doubled.\tYes.").getBytes(StandardCharsets.UTF_16LE);

    ExtractedText result = extractor.fromUpload(content, "a.txt");

    assertThat(result.text()).isEqualTo("Budget doubled.\tYes.");
    assertNoControls(result);
  }

  @Test
  void a_few_control_bytes_in_utf8_text_are_stripped() {
    String text =
        "The budget doubled\u0007 in two years, the mayor said\u001F.\n"
            + "The auditor did not agree with the figures she gave.\n".repeat(20);

    ExtractedText result = extractor.fromUpload(utf8(text), "a.txt");

    assertThat(result.text()).startsWith("The budget doubled in two years, the mayor said.\n");
    assertNoControls(result);
  }

  @Test
  void control_characters_in_markdown_and_its_title_are_stripped() {
    ExtractedText result = extractor.fromPaste("# Bud\u0000get\u0001\n\nText\u0002 here.");

    assertThat(result.format()).isEqualTo("text/markdown");
    assertThat(result.title()).isEqualTo("Budget");
    assertThat(result.text()).isEqualTo("# Budget\n\nText here.");
    assertNoControls(result);
  }

  @Test
  void control_characters_in_html_text_references_and_title_are_stripped() {
    String html =
        "<html><head><title>Re\u0001port&#1;</title></head><body><p>Budget"
            + CONTROLS
            + "&#0;&#7;&#x1F; doubled.</p></body></html>";

    ExtractedText upload = extractor.fromUpload(utf8(html), "a.html");
    ExtractedText paste = extractor.fromPaste(html);

    for (ExtractedText result : new ExtractedText[] {upload, paste}) {
      assertThat(result.format()).isEqualTo("text/html");
      assertThat(result.title()).isEqualTo("Report");
      assertThat(result.text()).startsWith("Budget").endsWith(" doubled.");
      assertNoControls(result);
    }
  }

  @Test
  void control_characters_in_a_word_document_and_its_title_are_stripped() {
    // XML 1.0 cannot hold C0 control characters at all; XML 1.1 can, as character references
    byte[] word =
        docx(
            document -> {
              document.getProperties().getCoreProperties().setTitle("CounCTRLcil");
              document.createParagraph().createRun().setText("BudgetCTRL doubledCTRL.");
            });
    for (String part : new String[] {"word/document.xml", "docProps/core.xml"}) {
      word =
          rewriteEntry(
              word,
              part,
              xml ->
                  xml.replaceFirst("^<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                      .replace("CTRL", "&#x1;&#x7;&#x1B;"));
    }

    ExtractedText result = extractor.fromUpload(word, "a.docx");

    assertThat(result.title()).isEqualTo("Council");
    assertThat(result.text()).isEqualTo("Budget doubled.");
    assertNoControls(result);
  }

  @Test
  void control_characters_drawn_in_a_pdf_and_in_its_title_are_stripped() {
    byte[] drawn =
        pdfWithContentStream("BT /F1 12 Tf 72 700 Td (Budget\\000 dou\\001bled\\007\\033.) Tj ET");
    byte[] titled = pdf("Audit\u0000 report\u0002", "Text.");

    ExtractedText fromContent = extractor.fromUpload(drawn, "a.pdf");
    ExtractedText fromTitle = extractor.fromUpload(titled, "b.pdf");

    assertThat(fromContent.text()).isEqualTo("Budget doubled.");
    assertNoControls(fromContent);
    assertThat(fromTitle.title()).isEqualTo("Audit report");
    assertNoControls(fromTitle);
  }

  private static void assertNoControls(ExtractedText result) {
    assertThat(result.text().chars())
        .noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F));
    if (result.title() != null) {
      assertThat(result.title().chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
  }

  private static String controls() {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        controls.append(c);
      }
    }
    return controls.toString();
  }
}
