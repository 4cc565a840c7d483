package org.factbench.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.extract.ImportRefusedException;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DocumentImportTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired Fixtures fixtures;
  @Autowired DocumentService documents;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  WorkspaceSummary elsewhere;
  UserSummary editor;
  UserSummary viewer;
  UserSummary outsider;

  @BeforeEach
  void aWorkspaceWithAnEditorAViewerAndAnOutsider() {
    ws = fixtures.workspace("docs");
    elsewhere = fixtures.workspace("docs-elsewhere");
    editor = fixtures.user("doc-editor");
    viewer = fixtures.user("doc-viewer");
    outsider = fixtures.user("doc-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(elsewhere, outsider, Role.EDITOR);
  }

  // ---------------------------------------------------------------- importing

  @Test
  void pasted_text_is_stored_with_its_title_and_format_and_the_import_is_recorded() {
    String text = "The minister said the budget grew by 4%.\n\nThe opposition disagreed.";
    DocumentMetadata meta =
        new DocumentMetadata(
            "  Evening briefing  ",
            "https://example.org/briefing",
            "Example Outlet",
            "Minister Varga",
            LocalDate.of(2026, 11, 20),
            "en");

    DocumentSummary doc = fixtures.as(editor, () -> documents.importText(ws.id(), meta, text));

    assertThat(doc.workspaceId()).isEqualTo(ws.id());
    assertThat(doc.title()).isEqualTo("Evening briefing");
    assertThat(doc.format()).isEqualTo("text/plain");
    assertThat(doc.charCount()).isEqualTo(text.length());
    assertThat(doc.originUrl()).isEqualTo("https://example.org/briefing");
    assertThat(doc.outlet()).isEqualTo("Example Outlet");
    assertThat(doc.speakers()).isEqualTo("Minister Varga");
    assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(doc.previousVersionId()).isNull();

    DocumentText stored = fixtures.as(viewer, () -> documents.get(ws.id(), doc.id()));
    assertThat(stored.text()).isEqualTo(text);
    assertThat(stored.document())
        .usingRecursiveComparison()
        .ignoringFields("importedAt")
        .isEqualTo(doc);
    assertThat(stored.document().importedAt())
        .isCloseTo(doc.importedAt(), within(1, ChronoUnit.MILLIS));
    assertThat(stored.timeMarks()).isEmpty();
    assertThat(
            fixtures
                .as(viewer, () -> documents.list(ws.id(), "evening", PageRequest.of(0, 20)))
                .getContent())
        .extracting(DocumentSummary::id)
        .containsExactly(doc.id());

    List<Map<String, Object>> history =
        jdbc.sql(
                "select action, subject_type, actor_id, claim_id, after_value from history"
                    + " where workspace_id = ? and subject_id = ? and subject_type = 'document'")
            .params(ws.id(), doc.id())
            .query()
            .listOfRows();
    assertThat(history).hasSize(1);
    assertThat(history.getFirst())
        .containsEntry("action", "imported")
        .containsEntry("actor_id", editor.id())
        .containsEntry("after_value", "Evening briefing");
    assertThat(history.getFirst().get("claim_id")).isNull();
  }

  @Test
  void pasted_text_without_a_title_is_named_after_its_first_line() {
    DocumentSummary doc =
        fixtures.as(
            editor,
            () ->
                documents.importText(
                    ws.id(),
                    DocumentMetadata.titled(""),
                    "\n\nBudget statement of the day\nMore text follows."));

    assertThat(doc.title()).isEqualTo("Budget statement of the day");
  }

  @Test
  void an_uploaded_word_document_is_imported_with_its_text() {
    byte[] docx =
        docx(
            "Exports rose by twelve percent in the third quarter.",
            "Imports fell slightly over the same period.");

    DocumentSummary doc =
        fixtures.as(
            editor,
            () -> documents.importFile(ws.id(), DocumentMetadata.titled(""), docx, "trade.docx"));

    assertThat(doc.format()).isEqualTo(DOCX);
    assertThat(doc.fileName()).isEqualTo("trade.docx");
    assertThat(doc.title()).as("no title inside: the file name").isEqualTo("trade.docx");
    assertThat(fixtures.as(editor, () -> documents.get(ws.id(), doc.id())).text())
        .isEqualTo(
            "Exports rose by twelve percent in the third quarter.\n\n"
                + "Imports fell slightly over the same period.");
  }

  @Test
  void an_uploaded_html_page_is_imported_as_text_without_its_scripts_and_styles() {
    String html =
        """
        <!doctype html>
        <html><head><title>Budget debate, live</title>
        <style>p { color: red; } .hidden { display: none }</style></head>
        <body>
        <h1>Budget debate</h1>
        <p>The minister spoke <b>first</b>.</p>
        <script>alert(1)</script>
        <p>The senator answered.</p>
        </body></html>
        """;

    DocumentSummary doc =
        fixtures.as(
            editor,
            () ->
                documents.importFile(
                    ws.id(),
                    DocumentMetadata.titled(null),
                    html.getBytes(StandardCharsets.UTF_8),
                    "debate.html"));

    String text = fixtures.as(editor, () -> documents.get(ws.id(), doc.id())).text();
    assertThat(doc.format()).isEqualTo("text/html");
    assertThat(doc.title()).isEqualTo("Budget debate, live");
    assertThat(text)
        .isEqualTo("Budget debate\n\nThe minister spoke first.\n\nThe senator answered.")
        .doesNotContain("alert")
        .doesNotContain("color")
        .doesNotContain("<");
  }

  @Test
  void an_uploaded_pdf_is_imported_with_its_text() {
    byte[] pdf = pdf("Unemployment fell to four percent.", "Inflation stayed at two percent.");

    DocumentSummary doc =
        fixtures.as(
            editor,
            () -> documents.importFile(ws.id(), DocumentMetadata.titled("Labour"), pdf, "l.pdf"));

    assertThat(doc.format()).isEqualTo("application/pdf");
    assertThat(doc.title()).isEqualTo("Labour");
    String text = fixtures.as(editor, () -> documents.get(ws.id(), doc.id())).text();
    assertThat(text)
        .contains("Unemployment fell to four percent.")
        .contains("Inflation stayed at two percent.");
    assertThat(text.indexOf("Unemployment")).isLessThan(text.indexOf("Inflation"));
  }

  @Test
  void transcript_timecodes_are_stored_and_give_the_time_of_any_offset() {
    String text =
        "Recorded at the town hall.\n"
            + "00:22 Host: Welcome to the debate.\n"
            + "[01:05] Senator Hale: Our budget doubled.\n"
            + "The room applauded at 10:30 am.\n"
            + "1:07:30 Minister Varga: It did not.";

    DocumentSummary doc =
        fixtures.as(
            editor, () -> documents.importText(ws.id(), DocumentMetadata.titled("Debate"), text));
    DocumentText stored = fixtures.as(viewer, () -> documents.get(ws.id(), doc.id()));

    assertThat(stored.timeMarks())
        .extracting(DocumentText.TimeMark::seconds)
        .containsExactly(22, 65, 4050);
    assertThat(stored.timeMarks())
        .extracting(DocumentText.TimeMark::label)
        .containsExactly("00:22", "01:05", "1:07:30");
    assertThat(stored.timeMarks())
        .extracting(DocumentText.TimeMark::offset)
        .containsExactly(text.indexOf("00:22"), text.indexOf("[01:05]"), text.indexOf("1:07:30"));
    assertThat(
            jdbc.sql("select count(*) from document_timecode where document_id = ?")
                .param(doc.id())
                .query(Long.class)
                .single())
        .isEqualTo(3);

    assertThat(stored.secondsAt(0)).as("before the first mark").isNull();
    assertThat(stored.secondsAt(text.indexOf("town hall"))).isNull();
    assertThat(stored.secondsAt(text.indexOf("00:22"))).isEqualTo(22);
    assertThat(stored.secondsAt(text.indexOf("Welcome"))).isEqualTo(22);
    assertThat(stored.secondsAt(text.indexOf("Our budget"))).isEqualTo(65);
    assertThat(stored.secondsAt(text.indexOf("applauded"))).as("10:30 am is no mark").isEqualTo(65);
    assertThat(stored.secondsAt(text.indexOf("1:07:30") - 1)).isEqualTo(65);
    assertThat(stored.secondsAt(text.indexOf("It did not"))).isEqualTo(4050);
    assertThat(stored.secondsAt(text.length() - 1)).isEqualTo(4050);
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void a_file_one_byte_over_ten_megabytes_is_refused_and_leaves_nothing_behind() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'a');

    assertRefusedWithoutTrace(
        () -> documents.importFile(ws.id(), DocumentMetadata.titled("Big"), big, "big.txt"),
        "The file is 10,485,761 bytes; the limit is 10,485,760 bytes.");
  }

  @Test
  void a_png_image_named_like_a_pdf_is_refused_as_an_image() {
    byte[] png = new byte[64];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, png, 0, signature.length);
    for (int i = signature.length; i < png.length; i++) {
      png[i] = (byte) (i * 37);
    }

    assertRefusedWithoutTrace(
        () -> documents.importFile(ws.id(), DocumentMetadata.titled("Report"), png, "report.pdf"),
        "This file is a PNG image, not a document Factbench can read.");
  }

  @Test
  void windows_1252_text_is_refused_with_advice_to_save_it_as_utf8() {
    byte[] latin = "caf\u00e9 au lait".getBytes(Charset.forName("windows-1252"));

    assertRefusedWithoutTrace(
        () -> documents.importFile(ws.id(), DocumentMetadata.titled("Menu"), latin, "menu.txt"),
        "not UTF-8",
        "offset 3",
        "Windows-1252",
        "save it with the encoding UTF-8");
  }

  @Test
  void empty_or_blank_text_is_refused_and_leaves_nothing_behind() {
    assertRefusedWithoutTrace(
        () -> documents.importText(ws.id(), DocumentMetadata.titled("Blank"), ""),
        "The document has no text");
    assertRefusedWithoutTrace(
        () -> documents.importText(ws.id(), DocumentMetadata.titled("Blank"), null),
        "The document has no text");
    assertRefusedWithoutTrace(
        () -> documents.importText(ws.id(), DocumentMetadata.titled("Blank"), "  \n\t \n\u00a0 "),
        "The document has no text");
    assertRefusedWithoutTrace(
        () ->
            documents.importFile(
                ws.id(),
                DocumentMetadata.titled("Blank"),
                " \r\n \n".getBytes(StandardCharsets.UTF_8),
                "blank.txt"),
        "The document has no text");
    assertRefusedWithoutTrace(
        () -> documents.importFile(ws.id(), DocumentMetadata.titled("Empty"), new byte[0], "e.txt"),
        "The file is empty");
  }

  @Test
  void a_title_over_300_characters_is_refused_and_leaves_nothing_behind() {
    long[] before = counts();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editor,
                    () ->
                        documents.importText(
                            ws.id(), DocumentMetadata.titled("t".repeat(301)), "Some text.")))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("300");
    assertThat(counts()).isEqualTo(before);
  }

  /**
   * Runs an import as the editor, expects it refused with a message containing all the fragments,
   * and checks that no document, time mark or history row was written.
   */
  private void assertRefusedWithoutTrace(Runnable importing, String... messageFragments) {
    long[] before = counts();
    assertThatThrownBy(() -> fixtures.as(editor, importing))
        .isInstanceOf(ImportRefusedException.class)
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(
            e -> {
              for (String fragment : messageFragments) {
                assertThat(e.getMessage()).contains(fragment);
              }
            });
    assertThat(counts()).as("documents, time marks and history rows").isEqualTo(before);
  }

  /** Documents, time marks and history rows of the workspace. */
  private long[] counts() {
    return new long[] {
      jdbc.sql("select count(*) from document where workspace_id = ?")
          .param(ws.id())
          .query(Long.class)
          .single(),
      jdbc.sql(
              "select count(*) from document_timecode t join document d on d.id = t.document_id"
                  + " where d.workspace_id = ?")
          .param(ws.id())
          .query(Long.class)
          .single(),
      jdbc.sql("select count(*) from history where workspace_id = ?")
          .param(ws.id())
          .query(Long.class)
          .single()
    };
  }

  // ---------------------------------------------------------------- who may import

  @Test
  void a_viewer_reads_documents_but_cannot_import() {
    DocumentSummary doc =
        fixtures.as(
            editor,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Seen"), "Readable."));
    long[] before = counts();

    assertThat(fixtures.as(viewer, () -> documents.get(ws.id(), doc.id())).text())
        .isEqualTo("Readable.");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    viewer,
                    () -> documents.importText(ws.id(), DocumentMetadata.titled("No"), "Nope.")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    viewer,
                    () ->
                        documents.importFile(
                            ws.id(),
                            DocumentMetadata.titled("No"),
                            "Nope.".getBytes(StandardCharsets.UTF_8),
                            "no.txt")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    viewer,
                    () ->
                        documents.importNewVersion(
                            ws.id(), doc.id(), "Nope.".getBytes(StandardCharsets.UTF_8), "no.txt")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void a_member_of_another_workspace_is_told_the_workspace_and_its_documents_do_not_exist() {
    DocumentSummary doc =
        fixtures.as(
            editor,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Private"), "Secret."));
    long[] before = counts();

    assertThatThrownBy(
            () ->
                fixtures.as(
                    outsider,
                    () -> documents.importText(ws.id(), DocumentMetadata.titled("X"), "Intrude.")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    outsider,
                    () ->
                        documents.importFile(
                            ws.id(),
                            DocumentMetadata.titled("X"),
                            "Intrude.".getBytes(StandardCharsets.UTF_8),
                            "x.txt")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(outsider, () -> documents.get(ws.id(), doc.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixtures.as(outsider, () -> documents.list(ws.id(), "", PageRequest.of(0, 10))))
        .isInstanceOf(NotFoundException.class);
    // through their own workspace, the document is not found either
    assertThatThrownBy(() -> fixtures.as(outsider, () -> documents.get(elsewhere.id(), doc.id())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("The document was not found.");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    outsider,
                    () ->
                        documents.importNewVersion(
                            elsewhere.id(),
                            doc.id(),
                            "Hijack.".getBytes(StandardCharsets.UTF_8),
                            "v2.txt")))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            fixtures
                .as(outsider, () -> documents.list(elsewhere.id(), "", PageRequest.of(0, 10)))
                .getContent())
        .extracting(DocumentSummary::id)
        .doesNotContain(doc.id());
    assertThat(counts()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- immutability and versions

  @Test
  void the_stored_text_cannot_be_changed_even_with_sql() {
    DocumentSummary doc =
        fixtures.as(
            editor,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Fixed"), "Original."));

    assertThatThrownBy(
            () -> jdbc.sql("update document set text = 'x' where id = ?").param(doc.id()).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot change");
    assertThatThrownBy(
            () ->
                jdbc.sql("update document set workspace_id = ? where id = ?")
                    .params(elsewhere.id(), doc.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot change");

    assertThat(fixtures.as(editor, () -> documents.get(ws.id(), doc.id())).text())
        .isEqualTo("Original.");
    assertThat(
            jdbc.sql("select workspace_id from document where id = ?")
                .param(doc.id())
                .query(Long.class)
                .single())
        .isEqualTo(ws.id());
  }

  @Test
  void a_new_version_is_a_second_document_that_points_to_the_first() {
    DocumentSummary first =
        fixtures.as(
            editor,
            () ->
                documents.importText(
                    ws.id(),
                    new DocumentMetadata(
                        "Budget speech", "", "Outlet", "Minister", LocalDate.of(2026, 1, 2), "en"),
                    "First draft of the speech."));

    DocumentSummary second =
        fixtures.as(
            editor,
            () ->
                documents.importNewVersion(
                    ws.id(),
                    first.id(),
                    "Final text of the speech.".getBytes(StandardCharsets.UTF_8),
                    "speech-final.txt"));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.previousVersionId()).isEqualTo(first.id());
    assertThat(second.title()).isEqualTo("Budget speech");
    assertThat(second.outlet()).isEqualTo("Outlet");
    assertThat(second.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(second.fileName()).isEqualTo("speech-final.txt");
    assertThat(fixtures.as(editor, () -> documents.get(ws.id(), second.id())).text())
        .isEqualTo("Final text of the speech.");
    DocumentText old = fixtures.as(editor, () -> documents.get(ws.id(), first.id()));
    assertThat(old.text()).isEqualTo("First draft of the speech.");
    assertThat(old.document().previousVersionId()).isNull();
    assertThat(
            jdbc.sql(
                    "select count(*) from history where workspace_id = ? and action = 'imported'"
                        + " and subject_id in (?, ?)")
                .params(ws.id(), first.id(), second.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  // ---------------------------------------------------------------- files

  private static byte[] docx(String... paragraphs) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] pdf(String... lines) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = 760;
        for (String line : lines) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, y);
          content.showText(line);
          content.endText();
          y -= 40;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
