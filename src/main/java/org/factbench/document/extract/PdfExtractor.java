package org.factbench.document.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text layer of a PDF with PDFBox, page by page in one pass over the page tree, so that
 * the time grows with the number of pages rather than with its square. The page limit is checked
 * before any page is read, the character limit while the pages are read (a page's text is counted
 * as it is written, so neither empty pages nor one huge page get past it), and the time budget
 * between pages, glyphs and content-stream operators.
 */
final class PdfExtractor implements FormatExtractor {

  static final String MEDIA_TYPE = "application/pdf";

  private static final Logger log = LoggerFactory.getLogger(PdfExtractor.class);

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)[-–—\\s]*(?:page\\s+|p\\.\\s*)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?[-–—\\s]*");

  @Override
  public boolean accepts(DetectedType type) {
    return type == DetectedType.PDF;
  }

  @Override
  public ExtractedText extract(ExtractionInput input, ExtractionRun run) {
    try (PDDocument document = Loader.loadPDF(input.bytes())) {
      run.checkTime();
      if (document.getNumberOfPages() == 0) {
        throw new IOException("the PDF has no pages");
      }
      checkPageCount(document, run);
      String text = new PageStripper(run).read(document);
      PDDocumentInformation info = document.getDocumentInformation();
      return run.finish(text, MEDIA_TYPE, info == null ? null : info.getTitle(), true);
    } catch (InvalidPasswordException e) {
      throw new ImportRefusedException(
          "The PDF is protected with a password, so Factbench cannot read it. Remove the password"
              + " (for example by printing it to a new PDF) and upload it again.");
    } catch (IOException e) {
      log.info("PDF could not be read: {}", e.toString());
      throw new ImportRefusedException(
          "The PDF could not be read: it seems damaged. Open it in a PDF viewer, save or print it"
              + " to a new PDF, and upload that.");
    }
  }

  /**
   * Refuses a document with more pages than allowed: first by the count it states, then, as that
   * count may lie, by walking its page tree, which stops as soon as one page too many is found.
   * (PDFBox's own page iterator loads every page of the tree before the first one is read: 7.5
   * seconds for 110,000 pages.)
   */
  private static void checkPageCount(PDDocument document, ExtractionRun run) {
    int maxPages = run.limits().maxPages();
    if (document.getNumberOfPages() > maxPages) {
      throw tooManyPages(maxPages);
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> nodes = new ArrayDeque<>();
    nodes.push(document.getPages().getCOSObject());
    int pages = 0;
    while (!nodes.isEmpty()) {
      COSArray kids = nodes.pop().getCOSArray(COSName.KIDS);
      for (int i = 0; kids != null && i < kids.size(); i++) {
        run.tick();
        if (!(kids.getObject(i) instanceof COSDictionary kid) || !seen.add(kid)) {
          continue;
        }
        if (kid.containsKey(COSName.KIDS)) {
          nodes.push(kid);
        } else if (++pages > maxPages) {
          throw tooManyPages(maxPages);
        }
      }
    }
  }

  private static ImportRefusedException tooManyPages(int maxPages) {
    return new ImportRefusedException(
        Reason.TOO_LARGE,
        "The PDF has more than "
            + Texts.group(maxPages)
            + " pages; the limit is "
            + Texts.group(maxPages)
            + " pages. Split it into smaller PDFs (most PDF viewers can print or save a range of"
            + " pages as a new PDF) and import them separately.");
  }

  /** Drops a first or last line of a page that is nothing but a page number. */
  static String withoutPageNumbers(String page) {
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.getLast()).matches()) {
      lines.removeLast();
    }
    if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.getFirst()).matches()) {
      lines.removeFirst();
    }
    return String.join("\n", lines).strip();
  }

  /**
   * PDFBox's text stripper run once over the whole document: each page's text is caught between the
   * page's start and end, cleaned and counted there, and joined to the rest by a blank line.
   */
  private static final class PageStripper extends PDFTextStripper {
    private final ExtractionRun run;
    private final int maxChars;
    private final int maxPages;
    private final StringBuilder page = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private long soFar;
    private long pageGlyphs;
    private int pagesRead;

    PageStripper(ExtractionRun run) {
      this.run = run;
      this.maxChars = run.limits().maxChars();
      this.maxPages = run.limits().maxPages();
      setSortByPosition(true);
      setLineSeparator("\n");
      setWordSeparator(" ");
      setParagraphStart("");
      setParagraphEnd("\n");
      setPageStart("");
      setPageEnd("\n");
    }

    String read(PDDocument document) throws IOException {
      writeText(document, new PageWriter());
      return text.toString();
    }

    @Override
    protected void startPage(PDPage pdPage) {
      run.checkTime();
      if (++pagesRead > maxPages) {
        throw tooManyPages(maxPages);
      }
      page.setLength(0);
      pageGlyphs = 0;
    }

    @Override
    protected void endPage(PDPage pdPage) {
      String pageText = withoutPageNumbers(Texts.normalise(page.toString()));
      page.setLength(0);
      run.checkTime();
      if (pageText.isEmpty()) {
        return;
      }
      soFar += pageText.length() + 2;
      if (soFar > maxChars + 2L) {
        throw run.tooManyChars("more than " + Texts.group(soFar - 2));
      }
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(pageText);
    }

    /**
     * Counts the glyphs of the page: more than twice the characters still allowed can never fit
     * (even if every glyph were drawn twice, as fake bold does), so the page is refused before it
     * is sorted and written.
     */
    @Override
    protected void processTextPosition(TextPosition position) {
      run.tick();
      if (soFar + ++pageGlyphs > 2L * maxChars + 2) {
        throw run.tooManyChars("more than " + Texts.group(maxChars));
      }
      super.processTextPosition(position);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      run.tick();
      super.processOperator(operator, operands);
    }

    /**
     * Takes the text of the page being written, refusing a page whose raw text alone is already far
     * over the character limit (one marked-content replacement text can stand for many).
     */
    private final class PageWriter extends Writer {
      @Override
      public void write(char[] chars, int offset, int length) {
        checkRoom(length);
        page.append(chars, offset, length);
      }

      @Override
      public void write(String string, int offset, int length) {
        checkRoom(length);
        page.append(string, offset, offset + length);
      }

      private void checkRoom(int length) {
        run.tick();
        if (soFar + page.length() + length > 4L * maxChars + 2) {
          throw run.tooManyChars("more than " + Texts.group(maxChars));
        }
      }

      @Override
      public void flush() {
        // nothing is buffered
      }

      @Override
      public void close() {
        // nothing to release
      }
    }
  }
}
