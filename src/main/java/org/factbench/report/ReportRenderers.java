package org.factbench.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Evidence;
import org.factbench.claim.Verdict;
import org.factbench.history.HistoryEntry;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Report} in each format. HTML comes from a Thymeleaf template (escaping on); the
 * PDF is the same HTML laid out by openhtmltopdf with embedded fonts; CSV neutralises formulas; the
 * JSON formats are built node by node, so no text is ever interpreted.
 */
@Component
class ReportRenderers {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final TemplateEngine templates = new TemplateEngine();
  private final JsonMapper json;
  private final String publicUrl;

  ReportRenderers(
      JsonMapper json, @Value("${factbench.public-url:http://localhost:8080}") String publicUrl) {
    this.json = json;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  void write(
      Report report, ReportFormat format, OutputStream out, LongFunction<String> documentText)
      throws IOException {
    switch (format) {
      case HTML -> {
        // streamed: the page is never held in memory as a whole
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        templates.process("report", context(report), w);
        w.flush();
      }
      case PDF -> pdf(report, out);
      case CSV -> csv(report, out);
      case JSON -> writeJson(fullJson(report, documentText), out);
      case CLAIM_REVIEW -> writeJson(claimReviews(report), out);
      case WEB_ANNOTATION -> writeJson(annotations(report), out);
    }
  }

  // ---------------------------------------------------------------------------------------- HTML

  String html(Report report) {
    return templates.process("report", context(report));
  }

  private static Context context(Report report) {
    Context ctx = new Context(Locale.ENGLISH);
    ctx.setVariable("r", report);
    ctx.setVariable("f", new Formatting());
    return ctx;
  }

  /** Helpers the template calls. */
  public static final class Formatting {

    /** One bar of the summary chart. */
    public record Bar(String label, long count, int width, String colour) {}

    public List<Bar> bars(Report r) {
      var counts = r.verdictCounts();
      long max = counts.stream().mapToLong(e -> e.getValue()).max().orElse(1);
      return counts.stream()
          .map(
              e ->
                  new Bar(
                      e.getKey(),
                      e.getValue(),
                      (int) Math.max(4, Math.round(196.0 * e.getValue() / max)),
                      colourOf(r, e.getKey())))
          .toList();
    }

    private static String colourOf(Report r, String label) {
      return r.scale().stream()
          .filter(v -> v.label().equals(label))
          .map(Verdict::colour)
          .map(Formatting::safeColour)
          .findFirst()
          .orElse("#757575");
    }

    public String colour(Report.Item i) {
      return i.claim().verdict() == null ? "#757575" : safeColour(i.claim().verdict().colour());
    }

    public String verdict(Report.Item i) {
      return i.claim().verdict() == null ? "No verdict" : i.claim().verdict().label();
    }

    /** Colours come from admins, but a style attribute only ever gets a plain hex colour. */
    static String safeColour(String c) {
      return c != null && c.matches("#[0-9a-fA-F]{3,8}") ? c : "#757575";
    }

    public String safeUrl(String url) {
      return url != null && url.matches("(?i)https?://.*") ? url : "#";
    }

    public String dateTime(Instant at) {
      return at == null ? "" : DATE_TIME.format(at);
    }

    public String date(Instant at) {
      return at == null ? "" : DATE.format(at);
    }

    public String time(Integer seconds) {
      if (seconds == null) {
        return "";
      }
      int h = seconds / 3600;
      int m = seconds % 3600 / 60;
      int s = seconds % 60;
      return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    public String states(ReportRequest request) {
      return request.statesOrDefault().stream()
          .sorted()
          .map(ClaimStatus::label)
          .collect(Collectors.joining(", "));
    }

    public String sourceMeta(Evidence s) {
      return java.util.stream.Stream.of(
                  s.publisher(), s.publishedOn() == null ? null : s.publishedOn().toString())
              .filter(x -> x != null && !x.isBlank())
              .collect(Collectors.joining(" · ", " ", ""))
          + (s.figure().isEmpty()
              ? ""
              : " · figure: "
                  + s.figure()
                  + (s.figureAsOf() == null ? "" : " (as of " + s.figureAsOf() + ")"));
    }

    public String event(HistoryEntry h) {
      return DATE_TIME.format(h.at())
          + " · "
          + h.actorName()
          + " · "
          + h.action()
          + (h.before() == null && h.after() == null
              ? ""
              : ": " + nz(h.before()) + " → " + nz(h.after()))
          + (h.reason() == null ? "" : " · “" + h.reason() + "”");
    }

    private static String nz(String s) {
      return s == null ? "(empty)" : s;
    }
  }

  // ----------------------------------------------------------------------------------------- PDF

  void pdf(Report report, OutputStream out) throws IOException {
    org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html(report)));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(
        () -> font("DejaVuSans.ttf"),
        "DejaVu Sans",
        400,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> font("DejaVuSans-Bold.ttf"),
        "DejaVu Sans",
        700,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    // emoji and symbols DejaVu lacks fall back to Symbola, per glyph
    builder.useFont(
        () -> font("Symbola.ttf"), "Symbola", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useUnicodeBidiSplitter(
        new com.openhtmltopdf.bidi.support.ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new com.openhtmltopdf.bidi.support.ICUBidiReorderer());
    builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withW3cDocument(doc, publicUrl + "/");
    builder.toStream(out);
    builder.run();
  }

  private static InputStream font(String name) {
    return ReportRenderers.class.getResourceAsStream("/report/fonts/" + name);
  }

  // ----------------------------------------------------------------------------------------- CSV

  static final List<String> CSV_HEADER =
      List.of(
          "claim_id",
          "document",
          "claim",
          "quote",
          "claimant",
          "time",
          "status",
          "verdict",
          "rationale",
          "sources",
          "same_claim_as",
          "figure_check",
          "proposed_by",
          "approved_by",
          "approved_on",
          "published_on",
          "updated_at");

  void csv(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (report.request().excelBom()) {
      w.write('\ufeff');
    }
    Formatting f = new Formatting();
    try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord(CSV_HEADER);
      for (Report.Item i : report.claims()) {
        var c = i.claim();
        csv.printRecord(
            List.of(
                    Long.toString(c.id()),
                    i.document() == null ? "" : i.document().title(),
                    c.wording(),
                    c.anchor() == null ? "" : c.anchor().quote(),
                    nz(c.claimant()),
                    f.time(c.timeSeconds()),
                    c.status().label(),
                    f.verdict(i),
                    c.rationale(),
                    c.sources().stream()
                        .map(s -> s.stance().label() + ": " + s.url())
                        .collect(Collectors.joining("\n")),
                    c.sameAs() == null ? "" : Long.toString(c.sameAs().id()),
                    nz(c.figureCheck()),
                    nz(i.proposedBy()),
                    nz(i.approvedBy()),
                    f.date(i.approvedAt()),
                    f.date(i.publishedAt()),
                    f.dateTime(c.updatedAt()))
                .stream()
                .map(ReportRenderers::inert)
                .toList());
      }
    }
  }

  /**
   * A cell a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return first) gets
   * a leading apostrophe, so it stays text.
   */
  static String inert(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------------------------------- JSON

  private void writeJson(Object node, OutputStream out) {
    json.writerWithDefaultPrettyPrinter().writeValue(out, node);
  }

  ObjectNode fullJson(Report report, LongFunction<String> documentText) {
    ObjectNode root = json.createObjectNode();
    root.put("format", "factbench-export");
    root.put("formatVersion", 1);
    root.put("generatedAt", report.generatedAt().toString());
    ObjectNode ws = root.putObject("workspace");
    ws.put("name", report.workspaceName());
    ws.put("organisation", report.organisation());
    root.put("scope", report.scopeTitle());
    ArrayNode scale = root.putArray("ratingScale");
    for (Verdict v : report.scale()) {
      scale
          .addObject()
          .put("position", v.position())
          .put("label", v.label())
          .put("colour", v.colour())
          .put("description", v.description())
          .put("onScale", v.onScale());
    }
    ArrayNode docs = root.putArray("documents");
    report.documents().values().stream()
        .sorted(java.util.Comparator.comparing(d -> d.id()))
        .forEach(
            d -> {
              ObjectNode n = docs.addObject();
              n.put("id", d.id());
              n.put("title", d.title());
              n.put("originUrl", d.originUrl());
              n.put("outlet", d.outlet());
              n.put("speakers", d.speakers());
              n.put("publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
              n.put("language", d.language());
              n.put("previousVersionId", d.previousVersionId());
              n.put("text", documentText.apply(d.id()));
            });
    ArrayNode claims = root.putArray("claims");
    for (Report.Item i : report.claims()) {
      var c = i.claim();
      ObjectNode n = claims.addObject();
      n.put("id", c.id());
      n.put("wording", c.wording());
      if (c.anchor() != null) {
        n.putObject("anchor")
            .put("documentId", c.anchor().documentId())
            .put("start", c.anchor().start())
            .put("end", c.anchor().end())
            .put("quote", c.anchor().quote())
            .put("prefix", c.anchor().prefix())
            .put("suffix", c.anchor().suffix());
      }
      n.put("claimant", c.claimant());
      n.put("timeSeconds", c.timeSeconds());
      ArrayNode tags = n.putArray("tags");
      c.tags().forEach(tags::add);
      n.put("status", c.status().name());
      n.put("verdict", c.verdict() == null ? null : c.verdict().label());
      n.put("rationale", c.rationale());
      n.put("sameAs", c.sameAs() == null ? null : c.sameAs().id());
      n.put("figureCheck", c.figureCheck());
      n.put("proposedBy", i.proposedBy());
      n.put("approvedBy", i.approvedBy());
      n.put("approvedAt", i.approvedAt() == null ? null : i.approvedAt().toString());
      n.put("publishedAt", i.publishedAt() == null ? null : i.publishedAt().toString());
      ArrayNode sources = n.putArray("sources");
      for (Evidence s : c.sources()) {
        sources
            .addObject()
            .put("url", s.url())
            .put("title", s.title())
            .put("publisher", s.publisher())
            .put("publishedOn", s.publishedOn() == null ? null : s.publishedOn().toString())
            .put("accessedOn", s.accessedOn() == null ? null : s.accessedOn().toString())
            .put("passage", s.passage())
            .put("stance", s.stance().name())
            .put("reliabilityNote", s.reliabilityNote())
            .put("figure", s.figure())
            .put("figureAsOf", s.figureAsOf() == null ? null : s.figureAsOf().toString());
      }
      if (report.request().includeNotes()) {
        ArrayNode notes = n.putArray("notes");
        c.notes()
            .forEach(
                note ->
                    notes
                        .addObject()
                        .put("author", note.authorName())
                        .put("createdAt", note.createdAt().toString())
                        .put("body", note.body()));
      }
      if (report.request().includeHistory()) {
        ArrayNode events = n.putArray("history");
        i.history()
            .forEach(
                h ->
                    events
                        .addObject()
                        .put("at", h.at().toString())
                        .put("actor", h.actorName())
                        .put("action", h.action())
                        .put("before", h.before())
                        .put("after", h.after())
                        .put("reason", h.reason()));
      }
    }
    return root;
  }

  /**
   * One schema.org ClaimReview per approved or published claim. Ratings count down the workspace's
   * scale: its first on-scale verdict is best; verdicts off the scale (such as "Unverifiable")
   * carry only their name.
   */
  ArrayNode claimReviews(Report report) {
    List<Verdict> onScale = report.scale().stream().filter(Verdict::onScale).toList();
    ArrayNode reviews = json.createArrayNode();
    for (Report.Item i : report.claims()) {
      var c = i.claim();
      if (c.verdict() == null
          || (c.status() != ClaimStatus.APPROVED && c.status() != ClaimStatus.PUBLISHED)) {
        continue;
      }
      ObjectNode r = reviews.addObject();
      r.put("@context", "https://schema.org");
      r.put("@type", "ClaimReview");
      r.put("url", publicUrl + "/workspaces/" + report.workspaceId() + "/claims/" + c.id());
      r.put("claimReviewed", c.wording());
      Instant published = i.publishedAt() != null ? i.publishedAt() : i.approvedAt();
      if (published != null) {
        r.put("datePublished", DATE.format(published));
      }
      ObjectNode org = r.putObject("author");
      org.put("@type", "Organization");
      org.put(
          "name",
          report.organisation() == null || report.organisation().isBlank()
              ? report.workspaceName()
              : report.organisation());
      ObjectNode rating = r.putObject("reviewRating");
      rating.put("@type", "Rating");
      rating.put("alternateName", c.verdict().label());
      int index = -1;
      for (int k = 0; k < onScale.size(); k++) {
        if (onScale.get(k).id() == c.verdict().id()) {
          index = k;
        }
      }
      if (index >= 0) {
        rating.put("ratingValue", onScale.size() - index);
        rating.put("bestRating", onScale.size());
        rating.put("worstRating", 1);
      }
      ObjectNode claim = r.putObject("itemReviewed");
      claim.put("@type", "Claim");
      if (c.claimant() != null) {
        claim.putObject("author").put("@type", "Person").put("name", c.claimant());
      }
      if (i.document() != null) {
        ObjectNode work = claim.putObject("appearance");
        work.put("@type", "CreativeWork");
        work.put("headline", i.document().title());
        if (i.document().originUrl() != null && !i.document().originUrl().isBlank()) {
          work.put("url", i.document().originUrl());
        }
        if (i.document().publishedOn() != null) {
          work.put("datePublished", i.document().publishedOn().toString());
          claim.put("datePublished", i.document().publishedOn().toString());
        }
        claim.set("firstAppearance", work.deepCopy());
      }
    }
    return reviews;
  }

  /** The claims' anchors as a W3C Web Annotation collection. */
  ObjectNode annotations(Report report) {
    ObjectNode collection = json.createObjectNode();
    collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Factbench claims: " + report.scopeTitle());
    ObjectNode page = collection.putObject("first");
    page.put("type", "AnnotationPage");
    ArrayNode items = page.putArray("items");
    for (Report.Item i : report.claims()) {
      var c = i.claim();
      if (c.anchor() == null) {
        continue;
      }
      ObjectNode a = items.addObject();
      a.put("id", publicUrl + "/workspaces/" + report.workspaceId() + "/claims/" + c.id());
      a.put("type", "Annotation");
      a.put("motivation", "assessing");
      a.put("created", c.createdAt().toString());
      a.put("modified", c.updatedAt().toString());
      ObjectNode body = a.putObject("body");
      body.put("type", "TextualBody");
      body.put("purpose", "assessing");
      body.put("format", "text/plain");
      body.put(
          "value",
          (c.verdict() == null ? "No verdict" : c.verdict().label())
              + (c.rationale().isBlank() ? "" : ": " + c.rationale()));
      ObjectNode target = a.putObject("target");
      String source =
          i.document() != null
                  && i.document().originUrl() != null
                  && !i.document().originUrl().isBlank()
              ? i.document().originUrl()
              : publicUrl
                  + "/workspaces/"
                  + report.workspaceId()
                  + "/documents/"
                  + c.anchor().documentId();
      target.put("source", source);
      ArrayNode selectors = target.putArray("selector");
      selectors
          .addObject()
          .put("type", "TextQuoteSelector")
          .put("exact", c.anchor().quote())
          .put("prefix", c.anchor().prefix())
          .put("suffix", c.anchor().suffix());
      selectors
          .addObject()
          .put("type", "TextPositionSelector")
          .put("start", c.anchor().start())
          .put("end", c.anchor().end());
    }
    collection.put("total", items.size());
    return collection;
  }
}
