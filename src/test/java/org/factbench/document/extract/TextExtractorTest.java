package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final TextExtractor extractor =
      new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, TextExtractor.DEFAULT_MAX_CHARS);

  // ---------------------------------------------------------------- plain text and Markdown

  @Test
  void a_text_file_keeps_its_paragraphs() {
    ExtractedText result =
        extractor.fromUpload(
            utf8("First paragraph,\nstill first.\n\nSecond paragraph.\n"), "a.txt");

    assertThat(result.text()).isEqualTo("First paragraph,\nstill first.\n\nSecond paragraph.");
    assertThat(result.format()).isEqualTo("text/plain");
    assertThat(result.title()).isNull();
    assertThat(result.timecodes()).isEmpty();
  }

  @Test
  void a_markdown_file_is_markdown_by_its_name_and_titled_by_its_first_heading() {
    ExtractedText result =
        extractor.fromUpload(utf8("Some notes\n\n## Details\n\n# The claim\n\nText."), "notes.md");

    assertThat(result.format()).isEqualTo("text/markdown");
    assertThat(result.title()).isEqualTo("The claim");
    assertThat(result.text()).contains("## Details");
  }

  @Test
  void text_with_markdown_headings_is_markdown_whatever_its_name() {
    ExtractedText result = extractor.fromUpload(utf8("# Minutes\n\nThe council met."), "notes.txt");

    assertThat(result.format()).isEqualTo("text/markdown");
    assertThat(result.title()).isEqualTo("Minutes");
  }

  @Test
  void line_endings_become_newlines_and_blank_runs_collapse() {
    ExtractedText result =
        extractor.fromUpload(utf8("one  \r\ntwo\t\r\n\r\n\r\n\r\nthree\rfour\r\n"), "a.txt");

    assertThat(result.text()).isEqualTo("one\ntwo\n\nthree\nfour");
  }

  @Test
  void control_characters_are_removed_and_text_is_composed() {
    ExtractedText result =
        extractor.fromPaste("Cafe\u0301 au\u0000 lait\u0007\tok\u001B[0m\u0085next");

    assertThat(result.text()).isEqualTo("Café au lait\tok[0m\nnext");
  }

  @Test
  void a_utf8_byte_order_mark_is_stripped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ExtractedText result = extractor.fromUpload(concat(bom, utf8("Größe")), "a.txt");

    assertThat(result.text()).isEqualTo("Größe");
  }

  @Test
  void utf16_with_a_byte_order_mark_is_decoded() {
    String text = "Ärger über Öl – \uD83D\uDE00";

    assertThat(
            extractor
                .fromUpload(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), "a.txt")
                .text())
        .isEqualTo(text);
    assertThat(
            extractor
                .fromUpload(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE), "a.txt")
                .text())
        .isEqualTo(text);
  }

  @Test
  void windows_1252_text_is_refused_as_not_utf8_with_the_offset_of_the_first_bad_byte() {
    byte[] content =
        "Caf\u00e9 au lait co\u00fbte 5\u20ac".getBytes(Charset.forName("windows-1252"));

    assertThatThrownBy(() -> extractor.fromUpload(content, "menu.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("offset 3")
        .hasMessageContaining("Windows-1252")
        .hasMessageContaining("save it with the encoding UTF-8");
  }

  @Test
  void timecodes_are_found_in_the_normalised_text() {
    ExtractedText result =
        extractor.fromPaste("Transcript\r\n\r\n[00:22] Anna: hello\r\n15:00–22:00 Questions");

    assertThat(result.text()).isEqualTo("Transcript\n\n[00:22] Anna: hello\n15:00–22:00 Questions");
    assertThat(result.timecodes())
        .containsExactly(
            new Timecode(12, 22, null, "00:22"), new Timecode(32, 900, 1320, "15:00–22:00"));
  }

  // ---------------------------------------------------------------- HTML

  @Test
  void html_keeps_headings_paragraphs_lists_and_tables_as_text() {
    String html =
        """
        <!DOCTYPE html>
        <html><head><title>Budget check</title></head>
        <body>
          <h1>The claim</h1>
          <p>The mayor said   the budget
             doubled.</p>
          <p>First line<br>second line</p>
          <ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>
          <table><tr><th>Year</th><th>Budget</th></tr><tr><td>2024</td><td>1.2 m</td></tr></table>
          <div>Closing <b>words</b>.</div>
        </body></html>
        """;

    ExtractedText result = extractor.fromUpload(utf8(html), "page.html");

    assertThat(result.format()).isEqualTo("text/html");
    assertThat(result.title()).isEqualTo("Budget check");
    assertThat(result.text())
        .isEqualTo(
            """
            The claim

            The mayor said the budget doubled.

            First line
            second line

            - One
            - Two
              - Two a

            Year | Budget
            2024 | 1.2 m

            Closing words.""");
  }

  @Test
  void html_scripts_styles_and_page_chrome_are_dropped() {
    String html =
        """
        <html><head><style>body { color: red }</style><script>var x = 1;</script></head>
        <body><nav>Home | About</nav><header>Site name</header>
        <script>alert(1)</script><noscript>Enable JS</noscript>
        <p>Real content.</p><template><p>Template text</p></template>
        <p hidden>Hidden text</p><p style="display: none">Invisible</p>
        <svg><text>Vector text</text></svg><iframe src="x">Frame</iframe>
        <footer>Copyright</footer></body></html>
        """;

    ExtractedText result = extractor.fromUpload(utf8(html), "page.html");

    assertThat(result.text()).isEqualTo("Real content.");
  }

  @Test
  void html_attributes_and_event_handlers_never_reach_the_text() {
    String html =
        "<p>Look <img src=x onerror=\"alert('xss')\"> here"
            + " <a href=\"javascript:alert(2)\" onclick=\"steal()\">link</a></p>";

    ExtractedText result = extractor.fromPaste(html);

    assertThat(result.text()).isEqualTo("Look here link");
    assertThat(result.text()).doesNotContain("<", ">", "alert", "onerror", "javascript");
  }

  @Test
  void html_without_a_title_element_is_titled_by_its_first_h1() {
    ExtractedText result =
        extractor.fromUpload(utf8("<body><h1>Fact  sheet</h1><p>Body.</p></body>"), "x.htm");

    assertThat(result.title()).isEqualTo("Fact sheet");
    assertThat(result.text()).isEqualTo("Fact sheet\n\nBody.");
  }

  @Test
  void a_markdown_file_starting_with_inline_html_stays_markdown() {
    ExtractedText result =
        extractor.fromUpload(
            utf8("<img src=\"logo.png\">\n\n# Project\n\nLine one\nLine two"), "README.md");

    assertThat(result.format()).isEqualTo("text/markdown");
    assertThat(result.text()).contains("Line one\nLine two");
  }

  // ---------------------------------------------------------------- DOCX

  @Test
  void a_docx_keeps_its_headings_paragraphs_lists_and_tables() {
    byte[] docx =
        docx(
            document -> {
              document.getProperties().getCoreProperties().setTitle("Council budget");
              paragraph(document, "Heading1", "Budget debate");
              paragraph(document, null, "The mayor spoke first.");
              paragraph(document, null, "Then the opposition replied.");
              XWPFParagraph one = paragraph(document, null, "Roads");
              one.setNumID(BigInteger.ONE);
              XWPFParagraph two = paragraph(document, null, "Schools");
              two.setNumID(BigInteger.ONE);
              XWPFTable table = document.createTable(2, 2);
              table.getRow(0).getCell(0).setText("Year");
              table.getRow(0).getCell(1).setText("Amount");
              table.getRow(1).getCell(0).setText("2024");
              table.getRow(1).getCell(1).setText("1.2 m");
              paragraph(document, null, "End.");
            });

    ExtractedText result = extractor.fromUpload(docx, "budget.docx");

    assertThat(result.format()).isEqualTo(DOCX);
    assertThat(result.title()).isEqualTo("Council budget");
    assertThat(result.text())
        .isEqualTo(
            """
            Budget debate

            The mayor spoke first.

            Then the opposition replied.

            - Roads
            - Schools

            Year | Amount
            2024 | 1.2 m

            End.""");
  }

  @Test
  void a_docx_without_a_core_title_is_titled_by_its_title_paragraph() {
    byte[] docx =
        docx(
            document -> {
              paragraph(document, "Title", "Annual report");
              paragraph(document, "Heading1", "Chapter one");
              paragraph(document, null, "Body.");
            });

    assertThat(extractor.fromUpload(docx, "r.docx").title()).isEqualTo("Annual report");
  }

  @Test
  void a_damaged_docx_is_refused_clearly() {
    byte[] zip = zip("[Content_Types].xml", "not xml at all", "word/document.xml", "<w:document");

    assertThatThrownBy(() -> extractor.fromUpload(zip, "broken.docx"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("Word document could not be read")
        .hasMessageContaining("damaged");
  }

  // ---------------------------------------------------------------- PDF

  @Test
  void a_pdf_keeps_its_paragraphs() {
    byte[] pdf = pdf("The mayor said the budget doubled.", "The auditor disagreed with her.");

    ExtractedText result = extractor.fromUpload(pdf, "claim.pdf");

    assertThat(result.format()).isEqualTo("application/pdf");
    assertThat(result.text())
        .isEqualTo("The mayor said the budget doubled.\n\nThe auditor disagreed with her.");
  }

  @Test
  void a_pdf_keeps_the_lines_of_a_paragraph_together() {
    byte[] pdf = pdf("The mayor said the budget\ndoubled in two years.", "Nobody checked.");

    assertThat(extractor.fromUpload(pdf, "claim.pdf").text())
        .isEqualTo("The mayor said the budget\ndoubled in two years.\n\nNobody checked.");
  }

  @Test
  void a_pdf_loses_bare_page_numbers_but_keeps_its_pages_apart() {
    byte[] pdf =
        pagedPdf(
            new String[] {"First page text.", "Page 1 of 2"},
            new String[] {"Second page text.", "We counted 2", "2"});

    assertThat(extractor.fromUpload(pdf, "two.pdf").text())
        .isEqualTo("First page text.\n\nSecond page text.\n\nWe counted 2");
  }

  @Test
  void a_pdf_without_a_text_layer_is_refused_as_possibly_scanned() {
    byte[] pdf = pdf();

    assertThatThrownBy(() -> extractor.fromUpload(pdf, "scan.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("no text")
        .hasMessageContaining("scanned")
        .hasMessageContaining("OCR");
  }

  @Test
  void a_password_protected_pdf_is_refused_clearly() throws IOException {
    byte[] encrypted;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      encrypted = out.toByteArray();
    }

    assertThatThrownBy(() -> extractor.fromUpload(encrypted, "secret.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("password");
  }

  @Test
  void a_damaged_pdf_is_refused_clearly() {
    byte[] damaged = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage");

    assertThatThrownBy(() -> extractor.fromUpload(damaged, "broken.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "The PDF could not be read: it seems damaged. Open it in a PDF viewer, save or print"
                + " it to a new PDF, and upload that.");
  }

  // ---------------------------------------------------------------- type by content

  @Test
  void a_pdf_named_as_text_is_read_as_a_pdf() {
    ExtractedText result = extractor.fromUpload(pdf("Hidden in a text name."), "notes.txt");

    assertThat(result.format()).isEqualTo("application/pdf");
    assertThat(result.text()).isEqualTo("Hidden in a text name.");
  }

  @Test
  void text_named_as_a_pdf_is_read_as_text() {
    ExtractedText result = extractor.fromUpload(utf8("Just words."), "report.pdf");

    assertThat(result.format()).isEqualTo("text/plain");
    assertThat(result.text()).isEqualTo("Just words.");
  }

  @Test
  void a_docx_named_as_html_is_read_as_a_docx() {
    byte[] docx = docx(document -> paragraph(document, null, "Word inside."));

    assertThat(extractor.fromUpload(docx, "page.html").format()).isEqualTo(DOCX);
  }

  @Test
  void a_png_named_as_a_pdf_is_refused_as_a_png_image() {
    byte[] png =
        concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
            utf8("IHDR"),
            new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});

    assertThatThrownBy(() -> extractor.fromUpload(png, "report.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "This file is a PNG image, not a document Factbench can read."
                + " Upload .txt, .md, .html, .docx or .pdf.");
  }

  @Test
  void a_zip_without_a_word_document_is_refused_as_a_zip_archive() {
    byte[] zip = zip("notes/readme.txt", "hello");

    assertThatThrownBy(() -> extractor.fromUpload(zip, "notes.docx"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("This file is a ZIP archive, not a document Factbench can read.");
  }

  @Test
  void a_legacy_word_file_is_refused_with_advice_to_save_as_docx() {
    byte[] ole2 = new byte[1024];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);

    assertThatThrownBy(() -> extractor.fromUpload(ole2, "old.doc"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining(".doc")
        .hasMessageContaining("save it as .docx");
  }

  @Test
  void xml_that_is_not_html_is_refused_rather_than_shown_as_markup() {
    byte[] xml = utf8("<?xml version=\"1.0\"?>\n<feed><entry>News</entry></feed>");

    assertThatThrownBy(() -> extractor.fromUpload(xml, "feed.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("This file is an XML file");
  }

  @Test
  void xhtml_with_an_xml_declaration_is_read_as_html() {
    byte[] xhtml =
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello.</p></body></html>");

    ExtractedText result = extractor.fromUpload(xhtml, "page.xhtml");

    assertThat(result.format()).isEqualTo("text/html");
    assertThat(result.text()).isEqualTo("Hello.");
  }

  @Test
  void binary_data_is_refused_rather_than_read_as_text() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }

    assertThatThrownBy(() -> extractor.fromUpload(binary, "data.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("not a document Factbench can read");
  }

  // ---------------------------------------------------------------- limits and emptiness

  @Test
  void a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
    TextExtractor small = new TextExtractor(100, 1_000);
    byte[] damagedPdf = concat(utf8("%PDF-1.7\n"), new byte[200]);

    assertThatThrownBy(() -> small.fromUpload(damagedPdf, "big.pdf"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The file is 209 bytes; the limit is 100 bytes.");
  }

  @Test
  void the_size_refusal_gives_sizes_in_megabytes() {
    byte[] big = new byte[(int) (12.4 * 1024 * 1024)];

    assertThatThrownBy(() -> extractor.fromUpload(big, "big.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The file is 12.4 MB; the limit is 10 MB.");
  }

  @Test
  void text_over_the_character_limit_is_refused_with_both_numbers() {
    TextExtractor small = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, 1_000);

    assertThatThrownBy(() -> small.fromUpload(utf8("x".repeat(1_500)), "long.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("1,500 characters")
        .hasMessageContaining("the limit is 1,000");
    assertThatThrownBy(() -> small.fromPaste("y".repeat(1_001)))
        .hasMessageContaining("1,001 characters");
    assertThat(small.fromPaste("z".repeat(1_000)).text()).hasSize(1_000);
  }

  @Test
  void empty_or_blank_text_is_refused() {
    assertThatThrownBy(() -> extractor.fromUpload(utf8(" \n\t \r\n "), "blank.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The document has no text");
    assertThatThrownBy(() -> extractor.fromUpload(new byte[0], "empty.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> extractor.fromPaste("\u00A0\u200B\n"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("The document has no text");
    assertThatThrownBy(
            () -> extractor.fromUpload(utf8("<html><script>x()</script></html>"), "a.html"))
        .hasMessageStartingWith("The document has no text");
  }

  // ---------------------------------------------------------------- fixtures

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
    return paragraph;
  }

  private interface DocumentWriter {
    void write(XWPFDocument document);
  }

  private static byte[] docx(DocumentWriter writer) {
    try (XWPFDocument document = new XWPFDocument()) {
      writer.write(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF whose paragraphs are set apart by a wide gap, as a word processor does. */
  private static byte[] pdf(String... paragraphs) {
    return pagedPdf(paragraphs);
  }

  /** A PDF with one page for each array of paragraphs; a paragraph may hold several lines. */
  private static byte[] pagedPdf(String[]... pages) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String[] paragraphs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = 760;
          for (String paragraph : paragraphs) {
            for (String line : paragraph.split("\n")) {
              content.beginText();
              content.setFont(font, 12);
              content.newLineAtOffset(72, y);
              content.showText(line);
              content.endText();
              y -= 15;
            }
            y -= 30;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(utf8(namesAndContents[i + 1]));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
