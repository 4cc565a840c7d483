package org.factbench.report.writer;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The PDF: the HTML page laid out by openhtmltopdf with embedded fonts ({@link PdfFonts}), in parts
 * on worker threads, joined with PDFBox and page-numbered. openhtmltopdf holds a whole document's
 * layout in memory, so the report is laid out in parts of about {@link #PDF_PART} claims (a claim
 * and the claims repeating it stay in one part, so their links hold), each part written to a
 * temporary file; the parts are then joined with PDFBox, whose buffers are temporary files too, and
 * every page is stamped "Page X of Y". Each part starts on a new page.
 */
@Component
class PdfReportWriter implements ReportWriter, DisposableBean {

  /** Claims laid out per PDF part. */
  static final int PDF_PART = 250;

  /** Parts laid out at the same time, each by a worker thread of its own. */
  static final int PDF_WORKERS = 2;

  private final HtmlReportWriter html;
  private final ReportLinks links;

  /**
   * The threads that lay out PDF parts, shared by all exports (so two exports at once still use at
   * most {@link #PDF_WORKERS} threads for layout); each keeps the report's fonts parsed.
   */
  private final ExecutorService pdfWorkers =
      Executors.newFixedThreadPool(
          PDF_WORKERS, Thread.ofPlatform().name("pdf-layout-", 0).daemon().factory());

  PdfReportWriter(HtmlReportWriter html, ReportLinks links) {
    this.html = html;
    this.links = links;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  /**
   * The exporting thread reads the claims and writes each part's HTML; {@link #PDF_WORKERS} threads
   * lay the parts out, at most {@code PDF_WORKERS + 1} parts being laid out or waiting (so the HTML
   * waiting and the layouts in memory stay bounded); the exporting thread joins the laid-out parts
   * in order as they come, while the next ones are laid out.
   */
  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("factbench-pdf-");
    ArrayDeque<Future<Path>> laidOut = new ArrayDeque<>();
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
        StringWriter partHtml = new StringWriter();
        html.page(plan, part, offset, parts == 0, true, partHtml);
        String page = partHtml.toString();
        laidOut.add(
            pdfWorkers.submit(
                () -> {
                  try (OutputStream partOut =
                      new BufferedOutputStream(Files.newOutputStream(file))) {
                    layOut(page, partOut);
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
  private static Path done(Future<Path> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while a PDF part was laid out");
    } catch (ExecutionException e) {
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

  /** Lays out one part's HTML as a PDF on {@code out}. */
  private void layOut(String page, OutputStream out) throws IOException {
    org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(page));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    PdfFonts.use(builder, pdf);
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withW3cDocument(doc, links.base() + "/");
    builder.toStream(out);
    builder.run();
  }

  /** Stamps "Page X of Y" at the foot of every page of the joined document. */
  private static void number(PDDocument joined) throws IOException {
    PDFont font = PdfFonts.embedded(joined, PdfFonts.TEXT);
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
}
