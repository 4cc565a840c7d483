package org.factbench.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report in each format, claim by claim as its claims are read. HTML is a Thymeleaf page
 * (escaping on) with the claims written by {@link ClaimHtml} (every value escaped); the PDF is the
 * same HTML laid out by openhtmltopdf in parts with embedded fonts; CSV neutralises formulas; the
 * JSON formats are built node by node per claim and streamed, so no text is ever interpreted.
 */
@Component
class ReportRenderers implements org.springframework.beans.factory.DisposableBean {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final TemplateEngine templates = new TemplateEngine();
  private final JsonMapper json;
  private final String publicUrl;

  /**
   * The threads that lay out PDF parts, shared by all exports (so two exports at once still use at
   * most {@link #PDF_WORKERS} threads for layout); each keeps the report's fonts parsed.
   */
  private final java.util.concurrent.ExecutorService pdfWorkers =
      java.util.concurrent.Executors.newFixedThreadPool(
          PDF_WORKERS, Thread.ofPlatform().name("pdf-layout-", 0).daemon().factory());

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

  /**
   * Writes the report planned in {@code plan} with its {@code items} (iterated once, in order) to
   * {@code out}: every format writes each claim as it comes, so nothing holds the whole report.
   */
  void write(
      ReportPlan plan,
      Iterable<Report.Item> items,
      ReportFormat format,
      OutputStream out,
      LongFunction<String> documentText)
      throws IOException {
    switch (format) {
      case HTML -> {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        html(plan, items, 0, true, false, w);
        w.flush();
      }
      case PDF -> pdf(plan, items, out);
      case CSV -> csv(plan, items, out);
      case JSON -> fullJson(plan, items, documentText, out);
      case CLAIM_REVIEW -> claimReviews(plan, items, out);
      case WEB_ANNOTATION -> annotations(plan, items, out);
    }
  }

  // ---------------------------------------------------------------------------------------- HTML

  String html(ReportPlan plan, Iterable<Report.Item> items) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      html(plan, items, 0, true, false, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Where the template leaves room for the claims. */
  private static final String CLAIMS_MARK = "<!--fb:claims-->";

  /**
   * The page from the template, with the claims written into it one by one as they are read:
   * numbered from {@code offset + 1}, after the heading and summary if {@code heading}.
   */
  private void html(
      ReportPlan plan,
      Iterable<Report.Item> items,
      int offset,
      boolean heading,
      boolean pagesStamped,
      Writer w)
      throws IOException {
    String page = templates.process("report", context(plan, heading, pagesStamped));
    int mark = page.indexOf(CLAIMS_MARK);
    w.write(page, 0, mark);
    ClaimHtml claims = new ClaimHtml(w);
    int number = offset;
    for (Report.Item i : items) {
      claims.write(i, ++number);
    }
    w.write(page, mark + CLAIMS_MARK.length(), page.length() - mark - CLAIMS_MARK.length());
  }

  /**
   * The template's variables: the plan, whether the heading and summary come first, and whether
   * page numbers are stamped afterwards (PDF parts) rather than laid out by the page's margin box.
   */
  private static Context context(ReportPlan plan, boolean heading, boolean pagesStamped) {
    Context ctx = new Context(Locale.ENGLISH);
    ctx.setVariable("r", plan);
    ctx.setVariable("heading", heading);
    ctx.setVariable("pagesStamped", pagesStamped);
    ctx.setVariable("f", new Formatting());
    return ctx;
  }

  /** Helpers the template calls. */
  public static final class Formatting {

    /** One bar of the summary chart. */
    public record Bar(String label, long count, int width, String colour) {}

    public List<Bar> bars(ReportPlan r) {
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

    private static String colourOf(ReportPlan r, String label) {
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

  /**
   * Claims laid out per PDF part. openhtmltopdf holds a whole document's layout in memory, so the
   * report is laid out in parts of about this many claims (a claim and the claims repeating it stay
   * in one part, so their links hold), each part written to a temporary file; the parts are then
   * joined with PDFBox, whose buffers are temporary files too, and every page is stamped "Page X of
   * Y". Each part starts on a new page.
   */
  static final int PDF_PART = 250;

  /** Parts laid out at the same time, each by a worker thread of its own. */
  static final int PDF_WORKERS = 2;

  /**
   * The PDF. The exporting thread reads the claims and writes each part's HTML; {@link
   * #PDF_WORKERS} threads lay the parts out, at most {@code PDF_WORKERS + 1} parts being laid out
   * or waiting (so the HTML waiting and the layouts in memory stay bounded); the exporting thread
   * joins the laid-out parts in order as they come, while the next ones are laid out.
   */
  void pdf(ReportPlan plan, Iterable<Report.Item> items, OutputStream out) throws IOException {
    Path dir = Files.createTempDirectory("factbench-pdf-");
    java.util.ArrayDeque<java.util.concurrent.Future<Path>> laidOut = new java.util.ArrayDeque<>();
    try (PDDocument joined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDFMergerUtility merger = new PDFMergerUtility();
      Iterator<Report.Item> it = items.iterator();
      Report.Item pending = it.hasNext() ? it.next() : null;
      int offset = 0;
      int parts = 0;
      do {
        List<Report.Item> part = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        while (pending != null
            && (part.size() < PDF_PART
                || pending.claim().sameAs() != null
                    && ids.contains(pending.claim().sameAs().id()))) {
          part.add(pending);
          ids.add(pending.claim().id());
          pending = it.hasNext() ? it.next() : null;
        }
        Path file = dir.resolve("part-" + parts + ".pdf");
        java.io.StringWriter html = new java.io.StringWriter();
        html(plan, part, offset, parts == 0, true, html);
        String partHtml = html.toString();
        laidOut.add(
            pdfWorkers.submit(
                () -> {
                  try (OutputStream partOut =
                      new BufferedOutputStream(Files.newOutputStream(file))) {
                    pdfPart(partHtml, partOut);
                  }
                  return file;
                }));
        parts++;
        offset += part.size();
        while (laidOut.size() > PDF_WORKERS) {
          append(merger, joined, done(laidOut.poll()));
        }
      } while (pending != null);
      while (!laidOut.isEmpty()) {
        append(merger, joined, done(laidOut.poll()));
      }
      number(joined);
      joined.save(out);
    } finally {
      // a failed export leaves no part waiting; one being laid out finishes into its file
      laidOut.forEach(f -> f.cancel(true));
      for (var part : laidOut) {
        try {
          part.get();
        } catch (Exception e) {
          // cancelled or failed: its file is deleted below either way
        }
      }
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  @Override
  public void destroy() {
    pdfWorkers.shutdownNow();
  }

  /** The file of a part once laid out; a failed layout fails the PDF. */
  private static Path done(java.util.concurrent.Future<Path> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while a PDF part was laid out");
    } catch (java.util.concurrent.ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException re -> throw re;
        case Error err -> throw err;
        default -> throw new IOException(e.getCause());
      }
    }
  }

  /**
   * Appends a part: its objects and streams are copied into the joined document, so the part is
   * closed (its parsed objects let go) and its file deleted as soon as it is in.
   */
  private static void append(PDFMergerUtility merger, PDDocument joined, Path part)
      throws IOException {
    try (PDDocument source =
        Loader.loadPDF(part.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      merger.appendDocument(joined, source);
    }
    Files.deleteIfExists(part);
  }

  private void pdfPart(String html, OutputStream out) throws IOException {
    org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    builder.useFont(
        lazily(pdf, "DejaVuSans.ttf"),
        "DejaVu Sans",
        400,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        lazily(pdf, "DejaVuSans-Bold.ttf"),
        "DejaVu Sans",
        700,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    // emoji and symbols DejaVu lacks fall back to Symbola, per glyph
    builder.useFont(
        lazily(pdf, "Symbola.ttf"), "Symbola", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useUnicodeBidiSplitter(
        new com.openhtmltopdf.bidi.support.ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new com.openhtmltopdf.bidi.support.ICUBidiReorderer());
    builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withW3cDocument(doc, publicUrl + "/");
    builder.toStream(out);
    builder.run();
  }

  /** Stamps "Page X of Y" at the foot of every page of the joined document. */
  private static void number(PDDocument joined) throws IOException {
    PDFont font = embedded(joined, "DejaVuSans.ttf");
    int total = joined.getNumberOfPages();
    int number = 0;
    for (PDPage page : joined.getPages()) {
      number++;
      String text = "Page " + number + " of " + total;
      float size = 9;
      PDRectangle box = page.getMediaBox();
      float width = font.getStringWidth(text) / 1000 * size;
      try (PDPageContentStream content =
          new PDPageContentStream(
              joined, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(0x55 / 255f, 0x55 / 255f, 0x55 / 255f);
        // in the middle of the bottom margin (20 mm), as the margin box had it
        content.newLineAtOffset(
            box.getLowerLeftX() + (box.getWidth() - width) / 2,
            box.getLowerLeftY() + 10 * 72 / 25.4f - size / 3);
        content.showText(text);
        content.endText();
      }
    }
  }

  /** A font for {@code pdf} loaded only if the layout asks for it (Symbola seldom is). */
  private static PDFontSupplier lazily(PDDocument pdf, String name) {
    return new PDFontSupplier(null) {
      private PDFont font;

      @Override
      public PDFont supply() {
        if (font == null) {
          try {
            font =
                PDType0Font.load(
                    pdf, PARSED.get().computeIfAbsent(name, ReportRenderers::parse), true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return font;
      }
    };
  }

  /** The report's font files, read once. */
  private static final Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The report's fonts as parsed by this thread, kept by the layout threads for every part they lay
   * out (parsing them again for each part cost more than the part's own text). A parsed font reads
   * its tables lazily from a buffer with a position of its own, so it stays with one thread; PDFBox
   * does not close a font it was handed, so a document's closing leaves it usable.
   */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(HashMap::new);

  /** A font for {@code pdf}, embedded as a subset, parsed anew (for the joined document). */
  private static PDFont embedded(PDDocument pdf, String name) {
    try {
      return PDType0Font.load(pdf, parse(name), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One of the report's fonts parsed, with glyph substitution (GSUB) off: PDFBox 3 applies it with
   * regular expressions on every run of text it writes, which took most of a PDF's time; the
   * report's Latin text has no ligatures to lose, and right-to-left text is shaped by ICU before it
   * gets here.
   */
  private static TrueTypeFont parse(String name) {
    try {
      byte[] bytes =
          FONTS.computeIfAbsent(
              name,
              n -> {
                try (InputStream in = font(n)) {
                  return in.readAllBytes();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      ttf.setEnableGsub(false);
      return ttf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  void csv(ReportPlan plan, Iterable<Report.Item> items, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    if (plan.request().excelBom()) {
      w.write('\ufeff');
    }
    Formatting f = new Formatting();
    try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord(CSV_HEADER);
      for (Report.Item i : items) {
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

  /** A pretty-printing generator on {@code out}: nodes are written one claim at a time. */
  private JsonGenerator generator(OutputStream out) {
    return json.writerWithDefaultPrettyPrinter().createGenerator(out);
  }

  /** Writes the fields of {@code node} into the object being generated. */
  private static void writeFields(JsonGenerator g, ObjectNode node) {
    for (var field : node.properties()) {
      g.writeName(field.getKey());
      g.writeTree(field.getValue());
    }
  }

  /**
   * The full export: everything about the workspace's claims in scope, the documents (with text)
   * first; written claim by claim.
   */
  void fullJson(
      ReportPlan report,
      Iterable<Report.Item> items,
      LongFunction<String> documentText,
      OutputStream out) {
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
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      writeFields(g, root);
      g.writeName("claims");
      g.writeStartArray();
      for (Report.Item i : items) {
        g.writeTree(claimJson(report, i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private ObjectNode claimJson(ReportPlan report, Report.Item i) {
    var c = i.claim();
    ObjectNode n = json.createObjectNode();
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
    return n;
  }

  /**
   * One schema.org ClaimReview per approved or published claim. Ratings count down the workspace's
   * scale: its first on-scale verdict is best; verdicts off the scale (such as "Unverifiable")
   * carry only their name.
   */
  void claimReviews(ReportPlan report, Iterable<Report.Item> items, OutputStream out) {
    List<Verdict> onScale = report.scale().stream().filter(Verdict::onScale).toList();
    try (JsonGenerator g = generator(out)) {
      g.writeStartArray();
      for (Report.Item i : items) {
        ObjectNode r = claimReview(report, onScale, i);
        if (r != null) {
          g.writeTree(r);
        }
      }
      g.writeEndArray();
    }
  }

  private ObjectNode claimReview(ReportPlan report, List<Verdict> onScale, Report.Item i) {
    {
      var c = i.claim();
      if (c.verdict() == null
          || (c.status() != ClaimStatus.APPROVED && c.status() != ClaimStatus.PUBLISHED)) {
        return null;
      }
      ObjectNode r = json.createObjectNode();
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
      return r;
    }
  }

  /** The claims' anchors as a W3C Web Annotation collection. */
  void annotations(ReportPlan report, Iterable<Report.Item> claims, OutputStream out) {
    ObjectNode collection = json.createObjectNode();
    collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Factbench claims: " + report.scopeTitle());
    ObjectNode page = json.createObjectNode();
    page.put("type", "AnnotationPage");
    int total = 0;
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      writeFields(g, collection);
      g.writeName("first");
      g.writeStartObject();
      writeFields(g, page);
      g.writeName("items");
      g.writeStartArray();
      for (Report.Item i : claims) {
        ObjectNode a = annotation(report, i);
        if (a != null) {
          g.writeTree(a);
          total++;
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeNumberProperty("total", total);
      g.writeEndObject();
    }
  }

  private ObjectNode annotation(ReportPlan report, Report.Item i) {
    {
      var c = i.claim();
      if (c.anchor() == null) {
        return null;
      }
      ObjectNode a = json.createObjectNode();
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
      return a;
    }
  }
}
