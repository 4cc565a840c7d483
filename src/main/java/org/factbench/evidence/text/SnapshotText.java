package org.factbench.evidence.text;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.factbench.evidence.fetch.ContentKind;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of an archived body with Apache Tika: one parser per kind (HTML, PDF, DOCX, plain text),
 * made directly rather than found on the class path, so nothing else is ever parsed. Scripts and
 * styles are dropped; paragraphs and line breaks become new lines; the declared charset is used,
 * else Tika detects one (a page in windows-1252 reads as such). Bounded: at most {@code maxChars}
 * characters (the rest is cut off, and {@link Extracted#truncated()} says so) and at most {@code
 * budget} of time, checked while the body is read and while text comes out.
 */
public final class SnapshotText {

  /** The text and title of a body; {@code truncated} when the character limit cut it. */
  public record Extracted(String title, String text, boolean truncated) {}

  /** The extraction failed or ran out of time; the message is for the user. */
  public static final class ExtractionFailed extends Exception {
    public ExtractionFailed(String message) {
      super(message);
    }
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "section",
          "article",
          "table",
          "ul",
          "ol",
          "dd",
          "dt",
          "title");

  private final int maxChars;
  private final Duration budget;

  public SnapshotText(int maxChars, Duration budget) {
    this.maxChars = maxChars;
    this.budget = budget;
  }

  public Extracted extract(ContentKind kind, byte[] body, String declaredType)
      throws ExtractionFailed {
    long deadline = System.nanoTime() + budget.toNanos();
    Parser parser =
        switch (kind) {
          case HTML -> new JSoupParser();
          case PDF -> new PDFParser();
          case DOCX -> new OOXMLParser();
          case TEXT -> new TXTParser();
        };
    Metadata metadata = new Metadata();
    if (declaredType != null && !declaredType.isBlank()) {
      metadata.set(Metadata.CONTENT_TYPE, declaredType);
    } else {
      metadata.set(Metadata.CONTENT_TYPE, kind.mediaType());
    }
    Collector text = new Collector(maxChars, deadline);
    try (InputStream in = new Budgeted(new ByteArrayInputStream(body), deadline)) {
      parser.parse(in, text, metadata, new ParseContext());
    } catch (Exception | StackOverflowError e) {
      if (causedBy(e, OutOfTime.class)) {
        throw new ExtractionFailed(
            "Reading the text took longer than " + budget.toSeconds() + " seconds.");
      }
      if (!causedBy(e, LimitReached.class)) {
        // the text is cut at the limit: what was read is kept; anything else is a failure
        throw new ExtractionFailed(
            "The "
                + (kind == ContentKind.TEXT ? "text" : kind.name())
                + " could not be read ("
                + e.getClass().getSimpleName()
                + ").");
      }
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    String cleaned = clean(text.text());
    if (title == null || title.isBlank()) {
      title = firstLine(cleaned);
    }
    return new Extracted(limit(clean(title), 500), cleaned, text.truncated());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (type.isInstance(t)) {
        return true;
      }
      Throwable next =
          t instanceof SAXException sax && sax.getException() != null
              ? sax.getException()
              : t.getCause();
      t = next == t ? null : next;
    }
    return false;
  }

  /** Trims each line, drops blank runs beyond one empty line, drops control characters. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    int blank = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String t =
          line.replaceAll("[\\p{Cntrl}&&[^\t]]", "")
              .replace('\u00a0', ' ')
              .replaceAll("[ \t]+", " ")
              .strip();
      if (t.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(t);
      blank = 0;
    }
    return out.toString();
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return limit(nl < 0 ? text : text.substring(0, nl), 200);
  }

  private static String limit(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** Thrown inside the parse when the text reached its limit. */
  private static final class LimitReached extends SAXException {
    LimitReached() {
      super("limit");
    }
  }

  /** Thrown inside the parse when the time is up. */
  private static final class OutOfTime extends SAXException {
    OutOfTime() {
      super("time");
    }
  }

  /** Collects characters, dropping scripts and styles, up to a limit, within a deadline. */
  private static final class Collector extends DefaultHandler {
    private final StringBuilder out = new StringBuilder();
    private final int max;
    private final long deadline;
    private int hidden;
    private boolean truncated;

    Collector(int max, long deadline) {
      this.max = max;
      this.deadline = deadline;
    }

    String text() {
      return out.toString();
    }

    boolean truncated() {
      return truncated;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      String name = local.isEmpty() ? qName : local;
      if (name.equalsIgnoreCase("script") || name.equalsIgnoreCase("style")) {
        hidden++;
      }
      if (BLOCKS.contains(name.toLowerCase(Locale.ROOT))) {
        append("\n", 0, 1);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      String name = local.isEmpty() ? qName : local;
      if (name.equalsIgnoreCase("script") || name.equalsIgnoreCase("style")) {
        hidden = Math.max(0, hidden - 1);
      }
      if (BLOCKS.contains(name.toLowerCase(Locale.ROOT))) {
        append("\n", 0, 1);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (hidden == 0) {
        append(new String(ch, start, length), 0, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    private void append(String s, int from, int length) throws SAXException {
      if (System.nanoTime() > deadline) {
        throw new OutOfTime();
      }
      int room = max - out.length();
      if (length > room) {
        out.append(s, from, from + Math.max(0, room));
        truncated = true;
        throw new LimitReached();
      }
      out.append(s, from, from + length);
    }
  }

  /** A stream that stops being readable when the deadline passes. */
  private static final class Budgeted extends FilterInputStream {
    private final long deadline;

    Budgeted(InputStream in, long deadline) {
      super(in);
      this.deadline = deadline;
    }

    private void check() throws IOException {
      if (System.nanoTime() > deadline) {
        throw new IOException("time", new OutOfTime());
      }
    }

    @Override
    public int read() throws IOException {
      check();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      return super.read(b, off, len);
    }
  }
}
