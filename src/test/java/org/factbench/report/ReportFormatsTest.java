package org.factbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factbench.base.NotAllowedException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format from one fixture workspace whose claim is full of hostile text, parsed back with the
 * tools its readers use.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormatsTest {

  static final String SCRIPT = "</script><script>alert('x')</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
  static final String RTL = "שלום עולם";
  static final String EMOJI = "🦊🚀";
  static final String NOTE = "Secret internal note: call the ministry back.";
  static final String QUOTE = "Defence spending is 6.3% of GDP " + RTL + " " + EMOJI;
  static final String TEXT = "00:10 Minister: " + QUOTE + ".\n00:40 Host: Thank you, Minister.\n";

  @Autowired Fixtures fixtures;
  @Autowired ReportService reports;
  @Autowired ExportImport importer;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired DocumentService documents;
  @Autowired RatingScale ratings;
  @Autowired JsonMapper json;
  @Autowired MockMvc mvc;
  @Autowired org.factbench.workspace.WorkspaceService workspaces;
  @Autowired org.factbench.security.SystemTasks system;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary reviewer;
  UserSummary viewer;
  DocumentSummary doc;
  String rationale;
  String wording;
  long published;
  long inResearch;

  @BeforeAll
  void aWorkspaceWithHostileContent() {
    ws = fixtures.workspace("report");
    editor = fixtures.user("report-editor");
    reviewer = fixtures.user("report-reviewer");
    viewer = fixtures.user("report-viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
    doc =
        fixtures.as(
            editor,
            () ->
                documents.importText(
                    ws.id(),
                    new DocumentMetadata(
                        "Budget debate " + IMG,
                        "https://news.example.org/debate",
                        "Example News",
                        "Minister Varga",
                        java.time.LocalDate.of(2026, 11, 20),
                        "en"),
                    TEXT));
    wording = "Defence spending is 6.3% of GDP " + SCRIPT + " " + RTL + " " + EMOJI;
    rationale = FORMULA + " The ministry's own figure is 4.1%. " + "x".repeat(10_000);
    int start = TEXT.indexOf(QUOTE);
    published =
        fixtures.as(
            editor,
            () -> {
              ClaimDetail c =
                  claims.create(
                      ws.id(),
                      NewClaim.fromSelection(doc.id(), start, start + QUOTE.length(), QUOTE));
              sources.addSource(
                  ws.id(),
                  c.id(),
                  new SourceInput(
                      "https://budget.example.gov/2026",
                      "Budget law 2026 " + SCRIPT,
                      "Ministry of Finance",
                      java.time.LocalDate.of(2026, 1, 15),
                      null,
                      "Defence: 4.1% of GDP " + IMG,
                      Stance.REFUTES,
                      ""));
              notes.addNote(ws.id(), c.id(), NOTE);
              c = queries.detail(ws.id(), c.id());
              long falseId = verdict("False");
              c =
                  claims.update(
                      ws.id(),
                      c.id(),
                      new ClaimEdit(
                          wording,
                          IMG + " Minister Varga",
                          c.timeSeconds(),
                          List.of("defence"),
                          null,
                          falseId,
                          rationale,
                          c.version()));
              return review
                  .transition(ws.id(), c.id(), ReviewAction.SEND_TO_REVIEW, null, c.version())
                  .id();
            });
    fixtures.as(
        reviewer,
        () -> {
          ClaimDetail c = queries.detail(ws.id(), published);
          c = review.transition(ws.id(), published, ReviewAction.APPROVE, null, c.version());
          review.transition(ws.id(), published, ReviewAction.PUBLISH, null, c.version());
        });
    inResearch =
        fixtures.as(
            editor, () -> claims.create(ws.id(), NewClaim.byHand("Unemployment fell to 4%.")).id());
  }

  private long verdict(String label) {
    return ratings.of(ws.id()).stream().filter(v -> v.label().equals(label)).findFirst().get().id();
  }

  private byte[] export(UserSummary who, ReportRequest request, ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fixtures.as(who, () -> reports.export(ws.id(), request, format, out));
    return out.toByteArray();
  }

  private String exportText(UserSummary who, ReportRequest request, ReportFormat format) {
    return new String(export(who, request, format), StandardCharsets.UTF_8);
  }

  private static final ReportRequest PUBLISHED = ReportRequest.published(null);

  private static ReportRequest everything() {
    return new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), true, true, false);
  }

  // ---------------------------------------------------------------------------------------- HTML

  @Test
  void the_html_report_is_self_contained_and_hostile_text_stays_text() {
    String html = exportText(viewer, PUBLISHED, ReportFormat.HTML);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("[onerror], [onload], [onclick]")).isEmpty();
    assertThat(page.select("img, link, iframe, object, embed")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.text()).contains(wording).contains(IMG + " Minister Varga").contains(rationale);
    assertThat(page.text()).contains(RTL).contains(EMOJI).contains("Budget law 2026 " + SCRIPT);
    assertThat(page.select("a[href]").eachAttr("href"))
        .containsExactly("https://budget.example.gov/2026");
    // the summary: one published claim, "False", drawn as an inline SVG bar
    assertThat(page.select("table.summary").text()).contains("False").contains("1");
    assertThat(page.select("table.summary svg rect")).hasSize(1);
    assertThat(page.text()).contains("approved by Test " + reviewer.username());
    assertThat(page.text()).doesNotContain(NOTE).doesNotContain("Unemployment fell");
  }

  // ----------------------------------------------------------------------------------------- PDF

  @Test
  void the_pdf_report_has_the_text_embedded_fonts_page_numbers_and_live_links() throws Exception {
    byte[] pdf = export(editor, PUBLISHED, ReportFormat.PDF);
    // kept for looking at (pdftoppm -png -f 1 -l 1 target/reports/hostile.pdf page)
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "hostile.pdf"), pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s+", " ")).contains("Verification report");
      assertThat(text).contains("Defence spending is 6.3% of GDP").contains("alert('x')");
      assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
      // right-to-left text, emoji and the 10,000-character rationale are all there as text
      String flat = text.replaceAll("\\s+", "").replaceAll("Page\\d+of\\d+", "");
      assertThat(flat).contains(RTL.replace(" ", "")).contains(EMOJI);
      assertThat(flat).contains("x".repeat(10_000));
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      List<String> links = new java.util.ArrayList<>();
      List<PDFont> fonts = new java.util.ArrayList<>();
      for (var page : document.getPages()) {
        for (var a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(links).contains("https://budget.example.gov/2026");
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }
  }

  @Test
  void a_pdf_larger_than_the_limit_is_refused_before_the_first_byte() {
    Object target = org.springframework.test.util.AopTestUtils.getTargetObject(reports);
    org.springframework.test.util.ReflectionTestUtils.setField(target, "pdfMaxClaims", 0);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(
              () ->
                  fixtures.as(
                      editor, () -> reports.export(ws.id(), PUBLISHED, ReportFormat.PDF, out)))
          .isInstanceOf(org.factbench.base.ValidationFailedException.class)
          .hasMessageContaining("A PDF report holds up to 0 claims; this one has 1");
      assertThat(out.size()).isZero();
    } finally {
      org.springframework.test.util.ReflectionTestUtils.setField(target, "pdfMaxClaims", 2000);
    }
  }

  // ----------------------------------------------------------------------------------------- CSV

  @Test
  void the_csv_report_is_rfc4180_with_formulas_made_inert() throws Exception {
    String csv = exportText(editor, everything(), ReportFormat.CSV);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();

    assertThat(rows).hasSize(2);
    CSVRecord row =
        rows.stream().filter(r -> r.get("claim_id").equals("" + published)).findFirst().get();
    assertThat(row.get("claim")).isEqualTo(wording);
    assertThat(row.get("rationale")).isEqualTo("'" + rationale);
    assertThat(row.get("claimant")).isEqualTo(IMG + " Minister Varga");
    assertThat(row.get("verdict")).isEqualTo("False");
    // the tests archive loopback pages only, so this source has no snapshot, and the report says so
    assertThat(row.get("sources"))
        .isEqualTo("Refutes: https://budget.example.gov/2026 (Not archived)");
    // the other formula starts: CsvReportWriterTest

    byte[] withBom =
        export(editor, new ReportRequest(null, null, false, false, true), ReportFormat.CSV);
    assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(csv.charAt(0)).isEqualTo('c');
  }

  // ---------------------------------------------------------------------------------------- JSON

  @Test
  void the_json_export_carries_everything_including_notes_and_history_when_asked() {
    JsonNode root = json.readTree(exportText(editor, everything(), ReportFormat.JSON));

    assertThat(root.get("format").asText()).isEqualTo("factbench-export");
    assertThat(root.get("documents")).hasSize(1);
    assertThat(root.get("documents").get(0).get("text").asText())
        .isEqualTo(fixtures.as(editor, () -> documents.get(ws.id(), doc.id()).text()));
    JsonNode claim = find(root.get("claims"), published);
    assertThat(claim.get("wording").asText()).isEqualTo(wording);
    assertThat(claim.get("rationale").asText()).isEqualTo(rationale);
    assertThat(claim.get("anchor").get("quote").asText()).isEqualTo(QUOTE);
    assertThat(claim.get("anchor").get("start").asInt()).isEqualTo(TEXT.indexOf(QUOTE));
    assertThat(claim.get("notes").get(0).get("body").asText()).isEqualTo(NOTE);
    assertThat(claim.get("history").size()).isGreaterThan(3);
    assertThat(claim.get("sources").get(0).get("passage").asText())
        .isEqualTo("Defence: 4.1% of GDP " + IMG);
    assertThat(root.get("claims")).hasSize(2);
  }

  @Test
  void the_json_export_round_trips_through_an_import_into_an_empty_workspace() {
    ReportRequest all =
        new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), true, false, false);
    String first = exportText(editor, all, ReportFormat.JSON);
    WorkspaceSummary copy = fixtures.workspace("report-copy");
    fixtures.member(copy, editor, Role.ADMIN);

    ExportImport.Imported imported =
        fixtures.as(
            editor,
            () ->
                importer.importJson(
                    copy.id(),
                    new java.io.ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8))));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    fixtures.as(editor, () -> reports.export(copy.id(), all, ReportFormat.JSON, again));

    assertThat(imported).isEqualTo(new ExportImport.Imported(1, 2));
    assertThat(content(again.toString(StandardCharsets.UTF_8))).isEqualTo(content(first));
    assertThat(content(first).get("claims").get(0).get("rationale").asText()).isEqualTo(rationale);
    // an import is all or nothing, and only into a workspace one administers
    assertThatThrownBy(
            () ->
                fixtures.as(
                    viewer,
                    () ->
                        importer.importJson(
                            ws.id(),
                            new java.io.ByteArrayInputStream(
                                first.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editor,
                    () ->
                        importer.importJson(
                            copy.id(),
                            new java.io.ByteArrayInputStream(
                                "{\"format\": \"something-else\"}"
                                    .getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(org.factbench.base.ValidationFailedException.class)
        .hasMessageContaining("not a Factbench JSON export");
  }

  /** The export without what differs between two workspaces: ids, names, actors and times. */
  private JsonNode content(String export) {
    var root = (tools.jackson.databind.node.ObjectNode) json.readTree(export);
    root.remove(List.of("generatedAt", "workspace", "scope"));
    for (JsonNode d : root.get("documents")) {
      ((tools.jackson.databind.node.ObjectNode) d).remove(List.of("id", "previousVersionId"));
    }
    for (JsonNode c : root.get("claims")) {
      var claim = (tools.jackson.databind.node.ObjectNode) c;
      claim.remove(List.of("id", "proposedBy", "approvedBy", "approvedAt", "publishedAt"));
      if (claim.get("anchor") != null) {
        ((tools.jackson.databind.node.ObjectNode) claim.get("anchor")).remove("documentId");
      }
      for (JsonNode n : claim.get("notes")) {
        ((tools.jackson.databind.node.ObjectNode) n).remove(List.of("author", "createdAt"));
      }
    }
    return root;
  }

  private void publishesAt(String template, String claimsOwnAddress) {
    fixtures.as(
        editor,
        () -> {
          claims.setPublishedUrl(ws.id(), published, claimsOwnAddress);
        });
    system.runAs("admin", () -> workspaces.setPublicUrlTemplate(ws.id(), template));
  }

  @Test
  void claimreview_is_refused_before_its_first_byte_when_a_claim_has_no_public_address() {
    publishesAt("", "");

    assertThatThrownBy(() -> exportText(editor, everything(), ReportFormat.CLAIM_REVIEW))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("#" + published)
        .hasMessageContaining("public URL template");
  }

  @Test
  void claimreview_points_to_the_claims_own_published_address_before_the_template() {
    publishesAt("https://factcheck.example.org/claims/{id}", "https://news.example.org/checks/42");

    JsonNode r = json.readTree(exportText(editor, everything(), ReportFormat.CLAIM_REVIEW)).get(0);

    assertThat(r.get("url").asText()).isEqualTo("https://news.example.org/checks/42");
  }

  @Test
  void the_claimreview_json_ld_has_the_required_fields_and_valid_ratings() {
    publishesAt("https://factcheck.example.org/claims/{id}", "");
    JsonNode reviews = json.readTree(exportText(editor, everything(), ReportFormat.CLAIM_REVIEW));

    assertThat(reviews).as("only approved or published claims").hasSize(1);
    JsonNode r = reviews.get(0);
    assertThat(r.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(r.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(r.get("claimReviewed").asText()).isEqualTo(wording);
    assertThat(r.get("url").asText())
        .as("the public fact-check, not the workbench")
        .isEqualTo("https://factcheck.example.org/claims/" + published);
    assertThat(r.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(r.get("author").get("name").asText()).isEqualTo("Test Desk");
    JsonNode rating = r.get("reviewRating");
    assertThat(rating.get("alternateName").asText()).isEqualTo("False");
    int value = rating.get("ratingValue").asInt();
    assertThat(value)
        .isBetween(rating.get("worstRating").asInt(), rating.get("bestRating").asInt());
    assertThat(value).as("False is the worst on the default scale").isEqualTo(1);
    JsonNode item = r.get("itemReviewed");
    assertThat(item.get("@type").asText()).isEqualTo("Claim");
    assertThat(item.get("author").get("name").asText()).isEqualTo(IMG + " Minister Varga");
    assertThat(item.get("appearance").get("url").asText())
        .isEqualTo("https://news.example.org/debate");
    assertThat(item.get("firstAppearance").get("headline").asText()).contains("Budget debate");
  }

  @Test
  void the_web_annotations_carry_quote_and_position_selectors() {
    JsonNode root = json.readTree(exportText(editor, everything(), ReportFormat.WEB_ANNOTATION));

    assertThat(root.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
    JsonNode items = root.get("first").get("items");
    assertThat(items).as("only anchored claims").hasSize(1);
    JsonNode selectors = items.get(0).get("target").get("selector");
    assertThat(selectors.get(0).get("type").asText()).isEqualTo("TextQuoteSelector");
    assertThat(selectors.get(0).get("exact").asText()).isEqualTo(QUOTE);
    assertThat(selectors.get(1).get("type").asText()).isEqualTo("TextPositionSelector");
    assertThat(selectors.get(1).get("start").asInt()).isEqualTo(TEXT.indexOf(QUOTE));
    assertThat(items.get(0).get("target").get("source").asText())
        .isEqualTo("https://news.example.org/debate");
  }

  // ------------------------------------------------------------------------------- permissions

  @Test
  void a_viewer_exports_published_claims_without_notes_in_every_format() {
    publishesAt("https://factcheck.example.org/claims/{id}", "");
    for (ReportFormat f : ReportFormat.values()) {
      if (f != ReportFormat.PDF) {
        assertThat(exportText(viewer, PUBLISHED, f)).as(f.name()).doesNotContain(NOTE);
      }
    }
    assertThatThrownBy(
            () ->
                export(
                    viewer, new ReportRequest(null, null, true, false, false), ReportFormat.JSON))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                export(
                    viewer,
                    new ReportRequest(null, EnumSet.of(ClaimStatus.NEW), false, false, false),
                    ReportFormat.CSV))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void the_http_api_serves_reports_with_the_same_permissions() throws Exception {
    mvc.perform(
            get("/api/v1/workspaces/" + ws.id() + "/reports/csv")
                .with(httpBasic(viewer.username(), Fixtures.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
        .andExpect(
            header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")));
    mvc.perform(
            get("/api/v1/workspaces/" + ws.id() + "/reports/json?notes=true")
                .with(httpBasic(viewer.username(), Fixtures.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/workspaces/" + ws.id() + "/reports/docx")
                .with(httpBasic(viewer.username(), Fixtures.PASSWORD)))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(get("/api/v1/workspaces/" + ws.id() + "/reports/csv"))
        .andExpect(status().isUnauthorized());
  }

  private static JsonNode find(JsonNode claims, long id) {
    for (JsonNode c : claims) {
      if (c.get("id").asLong() == id) {
        return c;
      }
    }
    throw new AssertionError("claim " + id + " not exported");
  }
}
