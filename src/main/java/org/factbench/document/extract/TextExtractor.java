package org.factbench.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the plain text out of an uploaded .txt, .md, .html, .docx or .pdf file (recognised by its
 * content) or out of pasted text, refusing what it cannot read with a message for the user.
 */
public class TextExtractor {

  /** The largest upload the application accepts: 10 MB (10 × 1024 × 1024 bytes). */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The most characters of extracted text the application accepts. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  static final String PLAIN = "text/plain";
  static final String MARKDOWN = "text/markdown";
  static final String HTML = "text/html";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PDF = "application/pdf";

  private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

  private static final String ACCEPTED = "Upload .txt, .md, .html, .docx or .pdf.";
  private static final String RESAVE = "Save it as .docx or PDF and upload that instead.";
  private static final int MAX_TITLE_CHARS = 500;
  private static final long MIB = 1024L * 1024;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final Pattern HTML_START =
      Pattern.compile(
          "<(?:!doctype\\s+html|html|head|body|meta|title|link|base|style|script|p|div|span|a"
              + "|h[1-6]|table|ul|ol|dl|section|article|main|header|nav|blockquote|pre|br|hr"
              + "|em|strong|b|i|img|figure)(?=[\\s>/])");
  private static final Pattern FULL_HTML_START = Pattern.compile("<(?:!doctype\\s+html|html)\\b");
  private static final Pattern LEADING_XML_OR_COMMENT =
      Pattern.compile("^(?:\\s*(?:<\\?xml[^>]*\\?>|<!--.*?-->))+\\s*", Pattern.DOTALL);
  private static final Pattern MARKDOWN_HEADING =
      Pattern.compile("^(#{1,6})[ \\t]+(\\S.*?)(?:[ \\t]+#+)?[ \\t]*$", Pattern.MULTILINE);
  private static final Pattern MARKDOWN_FENCE = Pattern.compile("^(?:```|~~~)", Pattern.MULTILINE);
  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
  private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)[-–—\\s]*(?:page\\s+|p\\.\\s*)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?[-–—\\s]*");
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-6])|title");

  private static final Set<String> DROPPED_HTML =
      Set.of(
          "head",
          "title",
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "svg",
          "math",
          "nav",
          "footer",
          "aside",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "button",
          "select",
          "textarea",
          "input",
          "dialog",
          "map");
  private static final Set<String> PARAGRAPH_HTML =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "figure",
          "address",
          "dl",
          "details",
          "fieldset",
          "table",
          "hr");
  private static final Set<String> LINE_HTML =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "header",
          "dt",
          "dd",
          "figcaption",
          "summary",
          "caption",
          "legend",
          "form",
          "center",
          "tbody",
          "thead",
          "tfoot");
  private static final Set<String> TEXTUAL_APPLICATION_TYPES =
      Set.of(
          "xml",
          "json",
          "javascript",
          "ecmascript",
          "x-sh",
          "x-csh",
          "sql",
          "x-httpd-php",
          "x-latex",
          "x-tex",
          "x-subrip",
          "x-sas",
          "x-matlab",
          "mbox");

  private final long maxBytes;
  private final int maxChars;
  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

  /**
   * Creates an extractor with the given limits; the application uses {@link #DEFAULT_MAX_BYTES} and
   * {@link #DEFAULT_MAX_CHARS}.
   *
   * @param maxBytes the largest upload in bytes that is looked at all
   * @param maxChars the most characters the extracted, normalised text may have
   */
  public TextExtractor(long maxBytes, int maxChars) {
    if (maxBytes <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
  }

  /**
   * Extracts the text of an uploaded file, recognising its type by its content rather than its
   * name.
   *
   * @param content the file's bytes
   * @param fileName the name the file was uploaded with, or {@code null}; it only decides whether
   *     plain text counts as Markdown
   * @return the normalised text with its format, title and timecodes
   * @throws ImportRefusedException with a message for the user if the file cannot be imported
   */
  public ExtractedText fromUpload(byte[] content, String fileName) {
    if (content == null || content.length == 0) {
      throw new ImportRefusedException(
          "The file is empty: it has no text. Check that you chose the right file.");
    }
    if (content.length > maxBytes) {
      throw new ImportRefusedException(Reason.TOO_LARGE, tooLargeMessage(content.length, maxBytes));
    }
    try {
      return readUpload(content, fileName);
    } catch (ImportRefusedException refused) {
      throw refused;
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("Text extraction failed unexpectedly for an upload of {} bytes", content.length, e);
      throw new ImportRefusedException(
          "Factbench could not read this file. If it opens normally on your computer, save it"
              + " again as .docx or PDF and upload that, or paste its text instead.");
    }
  }

  /**
   * Extracts the text of pasted text: HTML source is converted to text, anything else is kept as
   * plain text or Markdown.
   *
   * @param text the pasted text
   * @return the normalised text with its format, title and timecodes
   * @throws ImportRefusedException with a message for the user if the text is empty or too long
   */
  public ExtractedText fromPaste(String text) {
    if (text == null) {
      throw new ImportRefusedException(emptyMessage(false));
    }
    if (text.length() > 2L * maxChars) {
      // far over the limit whatever normalisation removes: refuse without reading it
      throw new ImportRefusedException(Reason.TOO_LARGE, tooManyCharsMessage(group(text.length())));
    }
    try {
      return fromDecoded(text, null);
    } catch (ImportRefusedException refused) {
      throw refused;
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("Text extraction failed unexpectedly for {} pasted characters", text.length(), e);
      throw new ImportRefusedException(
          "Factbench could not read the pasted text. Paste it as plain text and try again.");
    }
  }

  // ---------------------------------------------------------------- type detection

  private ExtractedText readUpload(byte[] content, String fileName) {
    if (startsWith(content, UTF32BE_BOM) || startsWith(content, UTF32LE_BOM)) {
      throw new ImportRefusedException(
          "The file is UTF-32 text, which Factbench does not read. Open it in a text editor, save"
              + " it with the encoding UTF-8, and upload it again.");
    }
    if (startsWith(content, UTF8_BOM)
        || startsWith(content, UTF16BE_BOM)
        || startsWith(content, UTF16LE_BOM)) {
      return fromDecoded(decode(content), fileName);
    }
    if (isPdf(content)) {
      return pdf(content);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return zipped(content);
    }
    if (startsWith(content, EMPTY_ZIP_MAGIC)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT, notReadableMessage("an empty ZIP archive", ACCEPTED));
    }
    if (startsWith(content, OLE2_MAGIC)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT,
          notReadableMessage(
              "an older Microsoft Office file (.doc, .xls or .ppt) or a password-protected Office"
                  + " document",
              "Remove any password, save it as .docx or PDF, and upload that instead."));
    }
    MediaType type = detect(content);
    if (!isTextual(type) && !(isUnknown(type) && looksLikeText(content))) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT, notReadableMessage(describe(type), adviceFor(type)));
    }
    String decoded = decode(content);
    if (isXml(type) && !looksLikeHtml(decoded, false)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT, notReadableMessage("an XML file", ACCEPTED));
    }
    return fromDecoded(decoded, fileName);
  }

  private static boolean isPdf(byte[] content) {
    int start = 0;
    while (start < content.length && start < 1024 && isAsciiSpace(content[start])) {
      start++;
    }
    return startsWith(content, start, PDF_MAGIC);
  }

  private MediaType detect(byte[] content) {
    try (InputStream in = new ByteArrayInputStream(content)) {
      return mimeTypes.detect(in, new Metadata());
    } catch (IOException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  private static boolean isTextual(MediaType type) {
    String main = type.getType();
    String sub = type.getSubtype();
    if (main.equals("text")) {
      return !sub.equals("rtf");
    }
    return main.equals("application")
        && (TEXTUAL_APPLICATION_TYPES.contains(sub)
            || sub.endsWith("+xml")
            || sub.endsWith("+json"));
  }

  private static boolean isXml(MediaType type) {
    String sub = type.getSubtype();
    return type.getType().equals("application") && (sub.equals("xml") || sub.endsWith("+xml"));
  }

  private static boolean isUnknown(MediaType type) {
    return type.equals(MediaType.OCTET_STREAM);
  }

  /**
   * Whether bytes that no magic number recognised are text in some encoding: no NUL bytes and
   * hardly any other control bytes. Text in a wrong encoding then gets a message about encodings.
   */
  private static boolean looksLikeText(byte[] content) {
    int controls = 0;
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls * 100L <= content.length;
  }

  private String describe(MediaType type) {
    String main = type.getType();
    String sub = type.getSubtype();
    String name = type.getBaseType().toString();
    switch (name) {
      case "image/png":
        return "a PNG image";
      case "image/jpeg":
        return "a JPEG image";
      case "image/gif":
        return "a GIF image";
      case "image/webp":
        return "a WebP image";
      case "image/bmp":
        return "a BMP image";
      case "image/tiff":
        return "a TIFF image";
      case "image/svg+xml":
        return "an SVG image";
      case "application/zip":
        return "a ZIP archive";
      case "application/gzip", "application/x-gzip":
        return "a compressed (gzip) file";
      case "application/rtf":
        return "an RTF file";
      case "application/postscript":
        return "a PostScript file";
      case "application/epub+zip":
        return "an EPUB e-book";
      case "application/java-archive", "application/java-vm":
        return "a Java program";
      case "application/x-sqlite3":
        return "a database file";
      default:
        break;
    }
    if (main.equals("image")) {
      return "an image";
    }
    if (main.equals("audio")) {
      return "an audio file";
    }
    if (main.equals("video")) {
      return "a video file";
    }
    if (main.equals("font") || sub.contains("font")) {
      return "a font file";
    }
    if (sub.contains("msdownload")
        || sub.contains("executable")
        || sub.contains("dosexec")
        || sub.contains("elf")
        || sub.contains("mach-o")) {
      return "a program";
    }
    if (sub.contains("compressed")
        || sub.contains("tar")
        || sub.contains("bzip")
        || sub.equals("x-xz")) {
      return "an archive";
    }
    if (isUnknown(type)) {
      return "binary data of a kind Factbench does not recognise";
    }
    String description = null;
    try {
      MimeType known = mimeTypes.forName(name);
      description =
          known.getAcronym() != null && !known.getAcronym().isBlank()
              ? known.getAcronym()
              : known.getDescription();
    } catch (MimeTypeException e) {
      // fall back to the media type itself
    }
    return "a file of type "
        + (description == null || description.isBlank() ? name : description.strip());
  }

  private static String adviceFor(MediaType type) {
    String name = type.getBaseType().toString();
    if (name.equals("application/rtf")
        || name.startsWith("application/vnd.ms-")
        || name.equals("application/msword")
        || name.startsWith("application/vnd.oasis.opendocument")) {
      return RESAVE;
    }
    return ACCEPTED;
  }

  private static String notReadableMessage(String what, String advice) {
    return "This file is " + what + ", not a document Factbench can read. " + advice;
  }

  // ---------------------------------------------------------------- ZIP and DOCX

  private ExtractedText zipped(byte[] content) {
    ZipContents zip = inspectZip(content);
    if (zip.wordDocument) {
      return docx(content);
    }
    if (zip.damaged) {
      throw new ImportRefusedException(
          "The file is a ZIP archive that could not be opened: it seems damaged. " + ACCEPTED);
    }
    String what;
    String advice = RESAVE;
    if (zip.excel) {
      what = "an Excel spreadsheet";
      advice = ACCEPTED;
    } else if (zip.powerPoint) {
      what = "a PowerPoint presentation";
    } else if (zip.mimetype != null
        && zip.mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
      what = "an OpenDocument text (.odt)";
    } else if (zip.mimetype != null && zip.mimetype.startsWith("application/vnd.oasis.")) {
      what = "an OpenDocument file";
      advice = ACCEPTED;
    } else if (zip.mimetype != null && zip.mimetype.equals("application/epub+zip")) {
      what = "an EPUB e-book";
      advice = ACCEPTED;
    } else {
      what = "a ZIP archive";
      advice =
          "Unpack it and upload the documents inside one by one (.txt, .md, .html, .docx or .pdf).";
    }
    throw new ImportRefusedException(Reason.NOT_A_DOCUMENT, notReadableMessage(what, advice));
  }

  /** What a look through a ZIP archive's entries found. */
  private static final class ZipContents {
    boolean wordDocument;
    boolean excel;
    boolean powerPoint;
    boolean damaged;
    String mimetype;
  }

  /**
   * Lists a ZIP archive's entries and measures how far they unpack, so that a small file that
   * unpacks to gigabytes is refused before POI unpacks it.
   */
  private ZipContents inspectZip(byte[] content) {
    long documentLimit = Math.max(64 * MIB, 32L * maxChars);
    long totalLimit = documentLimit + Math.max(64 * MIB, 8 * maxBytes);
    ZipContents found = new ZipContents();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        boolean isDocument = name.equals("word/document.xml");
        found.wordDocument |= isDocument;
        found.excel |= name.equals("xl/workbook.xml");
        found.powerPoint |= name.equals("ppt/presentation.xml");
        long entrySize = 0;
        StringBuilder mimetype = name.equals("mimetype") ? new StringBuilder() : null;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          entrySize += read;
          total += read;
          if (mimetype != null && mimetype.length() < 100) {
            mimetype.append(new String(buffer, 0, Math.min(read, 100), StandardCharsets.US_ASCII));
          }
          if ((isDocument && entrySize > documentLimit) || total > totalLimit) {
            throw new ImportRefusedException(
                Reason.TOO_LARGE,
                "The file unpacks to more than "
                    + formatSize(isDocument ? documentLimit : totalLimit)
                    + ", more than Factbench accepts. Split the document into smaller parts and"
                    + " upload them separately.");
          }
        }
        if (mimetype != null) {
          found.mimetype = mimetype.toString().strip();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      log.debug("ZIP archive could not be listed", e);
      found.damaged = true;
      // let POI try a file that names a Word document: it reads some archives this listing cannot
      found.wordDocument |= contains(content, "word/document.xml");
    }
    return found;
  }

  private ExtractedText docx(byte[] content) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      DocxText text = new DocxText(document);
      return finish(text.text(), DOCX, text.title(), false);
    } catch (IOException
        | POIXMLException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException e) {
      if (causeMentions(e, "Zip bomb")) {
        log.info("Word document refused as a possible ZIP bomb: {}", e.toString());
        throw new ImportRefusedException(
            "The Word document is packed in an unusual way (it expands more than a hundredfold)"
                + " and was refused for safety. Open it in Word or LibreOffice, save it again as"
                + " .docx or PDF, and upload that.");
      }
      log.info("Word document could not be read: {}", e.toString());
      throw new ImportRefusedException(
          "The Word document could not be read: it seems damaged. Open it in Word or LibreOffice,"
              + " save it again as .docx, and upload that.");
    }
  }

  /** The text of a Word document's body: paragraphs, headings, lists and tables. */
  private static final class DocxText {
    private final XWPFStyles styles;
    private final StringBuilder out = new StringBuilder();
    private boolean lastWasListItem;
    private String firstTitle;
    private String firstHeading1;
    private final String coreTitle;

    DocxText(XWPFDocument document) {
      this.styles = document.getStyles();
      String title = null;
      if (document.getProperties() != null
          && document.getProperties().getCoreProperties() != null) {
        title = document.getProperties().getCoreProperties().getTitle();
      }
      this.coreTitle = title;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
          table(table);
        } else if (element instanceof XWPFSDT contentControl) {
          block(contentControl.getContent().getText(), false);
        }
      }
    }

    String text() {
      return out.toString();
    }

    String title() {
      if (coreTitle != null && !coreTitle.isBlank()) {
        return coreTitle;
      }
      return firstTitle != null ? firstTitle : firstHeading1;
    }

    private void paragraph(XWPFParagraph paragraph) {
      String text = paragraph.getText();
      if (text == null || text.isBlank()) {
        return;
      }
      String style = styleName(paragraph);
      Matcher heading = style == null ? null : HEADING_STYLE.matcher(style.replace(" ", ""));
      if (heading != null && heading.matches()) {
        if (heading.group(1) == null && firstTitle == null) {
          firstTitle = text.strip();
        } else if ("1".equals(heading.group(1)) && firstHeading1 == null) {
          firstHeading1 = text.strip();
        }
        block(text.strip(), false);
        return;
      }
      boolean listItem =
          paragraph.getNumID() != null
              || (style != null && style.toLowerCase(Locale.ROOT).startsWith("list"));
      if (listItem) {
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        block("  ".repeat(Math.clamp(level, 0, 8)) + "- " + text.strip(), true);
      } else {
        block(text, false);
      }
    }

    private String styleName(XWPFParagraph paragraph) {
      String id = paragraph.getStyleID();
      if (id == null) {
        return null;
      }
      if (styles != null) {
        XWPFStyle style = styles.getStyle(id);
        if (style != null && style.getName() != null) {
          return style.getName();
        }
      }
      return id;
    }

    private void table(XWPFTable table) {
      List<String> lines = new ArrayList<>();
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        boolean any = false;
        for (XWPFTableCell cell : row.getTableCells()) {
          String cellText = ANY_SPACE.matcher(cell.getText()).replaceAll(" ").strip();
          any |= !cellText.isEmpty();
          cells.add(cellText);
        }
        if (any) {
          lines.add(String.join(" | ", cells));
        }
      }
      block(String.join("\n", lines), false);
    }

    private void block(String text, boolean listItem) {
      if (text == null || text.isBlank()) {
        return;
      }
      if (!out.isEmpty()) {
        out.append(listItem && lastWasListItem ? "\n" : "\n\n");
      }
      out.append(text);
      lastWasListItem = listItem;
    }
  }

  // ---------------------------------------------------------------- PDF

  private ExtractedText pdf(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setWordSeparator(" ");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("\n");
      stripper.setPageStart("");
      stripper.setPageEnd("\n");
      StringBuilder text = new StringBuilder();
      long soFar = 0;
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new IOException("the PDF has no pages");
      }
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String pageText = withoutPageNumbers(normalise(stripper.getText(document)));
        if (pageText.isEmpty()) {
          continue;
        }
        soFar += pageText.length() + 2;
        if (soFar > maxChars + 2L) {
          throw new ImportRefusedException(
              Reason.TOO_LARGE, tooManyCharsMessage("more than " + group(soFar - 2)));
        }
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(pageText);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      return finish(text.toString(), PDF, info == null ? null : info.getTitle(), true);
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

  /** Drops a first or last line of a page that is nothing but a page number. */
  private static String withoutPageNumbers(String page) {
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.getLast()).matches()) {
      lines.removeLast();
    }
    if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.getFirst()).matches()) {
      lines.removeFirst();
    }
    return String.join("\n", lines).strip();
  }

  // ---------------------------------------------------------------- text and HTML

  private ExtractedText fromDecoded(String decoded, String fileName) {
    boolean namedMarkdown = isMarkdownName(fileName);
    if (looksLikeHtml(decoded, namedMarkdown)) {
      return html(decoded);
    }
    String text = normalise(decoded);
    boolean markdown =
        namedMarkdown
            || MARKDOWN_HEADING.matcher(text).find()
            || MARKDOWN_FENCE.matcher(text).find();
    return finish(text, markdown ? MARKDOWN : PLAIN, markdown ? markdownTitle(text) : null, false);
  }

  private static boolean isMarkdownName(String fileName) {
    if (fileName == null) {
      return false;
    }
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /** Whether text starts like HTML; a Markdown file must start like a whole HTML document. */
  static boolean looksLikeHtml(String text, boolean namedMarkdown) {
    String start = text.substring(0, Math.min(text.length(), 4096));
    if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
      start = start.substring(1);
    }
    Matcher prolog = LEADING_XML_OR_COMMENT.matcher(start);
    if (prolog.lookingAt()) {
      start = start.substring(prolog.end());
    }
    start = start.stripLeading().toLowerCase(Locale.ROOT);
    if (namedMarkdown) {
      return FULL_HTML_START.matcher(start).lookingAt();
    }
    return HTML_START.matcher(start).lookingAt() || FULL_HTML_START.matcher(start).lookingAt();
  }

  private static String markdownTitle(String text) {
    Matcher heading = MARKDOWN_HEADING.matcher(text);
    String first = null;
    while (heading.find()) {
      if (heading.group(1).length() == 1) {
        return heading.group(2);
      }
      if (first == null) {
        first = heading.group(2);
      }
    }
    return first;
  }

  private ExtractedText html(String source) {
    Document document = Jsoup.parse(source);
    String title = document.title();
    if (title.isBlank()) {
      Element h1 = document.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    HtmlText text = new HtmlText();
    NodeTraversor.filter(text, document.body());
    return finish(text.text(), HTML, title, false);
  }

  /** Turns an HTML body into plain text that keeps its paragraphs, headings, lists and tables. */
  private static final class HtmlText implements NodeFilter {
    private final Deque<Lines> sinks = new ArrayDeque<>();
    private final Deque<List<String>> rows = new ArrayDeque<>();
    private int listDepth;
    private int preDepth;

    HtmlText() {
      sinks.push(new Lines());
    }

    String text() {
      return sinks.getLast().text();
    }

    private Lines sink() {
      return sinks.peek();
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        if (preDepth > 0) {
          sink().preformatted(textNode.getWholeText());
        } else {
          sink().inline(textNode.getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (isDropped(element, tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      switch (tag) {
        case "br" -> sink().lineBreak();
        case "pre" -> {
          sink().block(2);
          preDepth++;
        }
        case "ul", "ol", "menu" -> {
          sink().block(listDepth == 0 ? 2 : 1);
          listDepth++;
        }
        case "li" -> {
          sink().block(1);
          sink().prefix("  ".repeat(Math.clamp(listDepth - 1L, 0, 8)) + "- ");
        }
        case "tr" -> rows.push(new ArrayList<>());
        case "td", "th" -> sinks.push(new Lines());
        default -> {
          if (PARAGRAPH_HTML.contains(tag)) {
            sink().block(2);
          } else if (LINE_HTML.contains(tag)) {
            sink().block(1);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      switch (tag) {
        case "pre" -> {
          preDepth--;
          sink().block(2);
        }
        case "ul", "ol", "menu" -> {
          listDepth--;
          sink().block(listDepth == 0 ? 2 : 1);
        }
        case "li" -> sink().block(1);
        case "td", "th" -> {
          String cell = sinks.pop().singleLine();
          List<String> row = rows.peek();
          if (row != null) {
            row.add(cell);
          } else {
            sink().inline(" " + cell + " ");
          }
        }
        case "tr" -> {
          List<String> row = rows.pop();
          if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
            sink().block(1);
            sink().literal(String.join(" | ", row));
            sink().block(1);
          }
        }
        default -> {
          if (PARAGRAPH_HTML.contains(tag)) {
            sink().block(2);
          } else if (LINE_HTML.contains(tag)) {
            sink().block(1);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isDropped(Element element, String tag) {
      if (DROPPED_HTML.contains(tag)) {
        return true;
      }
      if (tag.equals("header") && element.selectFirst("h1") == null) {
        return true;
      }
      if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
        return true;
      }
      String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      return style.contains("display:none") || style.contains("visibility:hidden");
    }
  }

  /** Text written line by line, with breaks and spaces added only when more text follows. */
  private static final class Lines {
    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;
    private boolean pendingSpace;
    private String pendingPrefix;

    void block(int breaks) {
      pendingBreaks = Math.max(pendingBreaks, breaks);
    }

    void lineBreak() {
      pendingBreaks = Math.min(2, pendingBreaks + 1);
    }

    void prefix(String prefix) {
      pendingPrefix = prefix;
    }

    void inline(String raw) {
      String collapsed = HTML_SPACE.matcher(raw).replaceAll(" ");
      if (collapsed.isEmpty()) {
        return;
      }
      if (collapsed.isBlank()) {
        pendingSpace = true;
        return;
      }
      if (collapsed.startsWith(" ")) {
        pendingSpace = true;
      }
      write(collapsed.strip());
      pendingSpace = collapsed.endsWith(" ");
    }

    void preformatted(String raw) {
      if (!raw.isEmpty()) {
        write(raw.replace('\u00A0', ' '));
      }
    }

    void literal(String line) {
      write(line);
    }

    private void write(String text) {
      if (!out.isEmpty()) {
        if (pendingBreaks > 0) {
          out.append("\n".repeat(pendingBreaks));
        } else if (pendingSpace && !Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.append(' ');
        }
      }
      if (pendingPrefix != null && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
        out.append(pendingPrefix);
      }
      pendingBreaks = 0;
      pendingSpace = false;
      pendingPrefix = null;
      out.append(text);
    }

    String text() {
      return out.toString();
    }

    String singleLine() {
      return ANY_SPACE.matcher(out).replaceAll(" ").strip();
    }
  }

  // ---------------------------------------------------------------- decoding

  /** Decodes UTF-8 (a BOM is dropped) or UTF-16 with a BOM, refusing anything else. */
  static String decode(byte[] content) {
    if (startsWith(content, UTF16BE_BOM)) {
      return decodeUtf16(content, StandardCharsets.UTF_16BE);
    }
    if (startsWith(content, UTF16LE_BOM)) {
      return decodeUtf16(content, StandardCharsets.UTF_16LE);
    }
    int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    int bad = firstInvalidUtf8(content, start);
    if (bad >= 0) {
      String guess =
          looksLikeWindows1252(content)
              ? " It looks like Windows-1252 (Western European) text."
              : "";
      throw new ImportRefusedException(
          "The file is not UTF-8 text: the byte at offset "
              + group(bad)
              + " is not valid UTF-8."
              + guess
              + " Open it in a text editor, save it with the encoding UTF-8, and upload it again.");
    }
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }

  private static String decodeUtf16(byte[] content, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(content, 2, content.length - 2)).toString();
    } catch (CharacterCodingException e) {
      throw new ImportRefusedException(
          "The file says it is UTF-16 text but contains bytes that are not valid UTF-16. Open it"
              + " in a text editor, save it with the encoding UTF-8, and upload it again.");
    }
  }

  /** The offset of the first byte that is not valid UTF-8, or -1 if all of it is. */
  static int firstInvalidUtf8(byte[] content, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      result = decoder.flush(out);
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return -1;
    }
  }

  private static boolean looksLikeWindows1252(byte[] content) {
    Charset windows1252;
    try {
      windows1252 = Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      String text =
          windows1252
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.chars().noneMatch(c -> c == 0);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- normalisation and checks

  /**
   * Normalises text: {@code \n} line ends, no control characters but newline and tab, Unicode NFC,
   * no trailing spaces, at most one blank line in a row, and no blank lines at either end.
   */
  static String normalise(String raw) {
    String text =
        raw.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u0085', '\n')
            .replace('\u2028', '\n')
            .replace("\u2029", "\n\n")
            .replace('\f', '\n')
            .replace('\u000B', '\n');
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      boolean control = Character.getType(codePoint) == Character.CONTROL;
      boolean keep =
          (!control || codePoint == '\n' || codePoint == '\t')
              && codePoint != '\uFEFF'
              && !(Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF);
      if (keep) {
        cleaned.appendCodePoint(codePoint);
      }
    }
    StringBuilder lines = new StringBuilder(cleaned.length());
    int lineStart = 0;
    while (lineStart <= cleaned.length()) {
      int lineEnd = cleaned.indexOf("\n", lineStart);
      if (lineEnd < 0) {
        lineEnd = cleaned.length();
      }
      int end = lineEnd;
      while (end > lineStart && isTrailingSpace(cleaned.charAt(end - 1))) {
        end--;
      }
      lines.append(cleaned, lineStart, end);
      if (lineEnd < cleaned.length()) {
        lines.append('\n');
      }
      lineStart = lineEnd + 1;
    }
    String collapsed = BLANK_RUNS.matcher(lines).replaceAll("\n\n");
    int start = 0;
    while (start < collapsed.length() && collapsed.charAt(start) == '\n') {
      start++;
    }
    int end = collapsed.length();
    while (end > start && collapsed.charAt(end - 1) == '\n') {
      end--;
    }
    return collapsed.substring(start, end);
  }

  private static boolean isTrailingSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private ExtractedText finish(String raw, String format, String title, boolean fromPdf) {
    String text = normalise(raw);
    if (!hasVisibleText(text)) {
      throw new ImportRefusedException(emptyMessage(fromPdf));
    }
    if (text.length() > maxChars) {
      throw new ImportRefusedException(Reason.TOO_LARGE, tooManyCharsMessage(group(text.length())));
    }
    return new ExtractedText(text, format, cleanTitle(title), Timecodes.find(text));
  }

  private static boolean hasVisibleText(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && Character.getType(c) != Character.SPACE_SEPARATOR
                    && Character.getType(c) != Character.FORMAT);
  }

  private static String cleanTitle(String title) {
    if (title == null) {
      return null;
    }
    String clean = ANY_SPACE.matcher(normalise(title)).replaceAll(" ").strip();
    if (!hasVisibleText(clean)) {
      return null;
    }
    if (clean.length() > MAX_TITLE_CHARS) {
      int cut = MAX_TITLE_CHARS;
      if (Character.isLowSurrogate(clean.charAt(cut))) {
        cut--;
      }
      clean = clean.substring(0, cut).strip() + "…";
    }
    return clean;
  }

  private static String emptyMessage(boolean fromPdf) {
    if (fromPdf) {
      return "The document has no text: this PDF has no text layer. It may be a scanned image"
          + " that needs OCR (text recognition) first; run it through OCR and upload the result.";
    }
    return "The document has no text. Check that you chose the right file.";
  }

  private String tooManyCharsMessage(String count) {
    return "The document has "
        + count
        + " characters of text; the limit is "
        + group(maxChars)
        + ". Split it into smaller parts and import them separately.";
  }

  static String tooLargeMessage(long size, long limit) {
    String sizeText = formatSize(size);
    String limitText = formatSize(limit);
    if (sizeText.equals(limitText)) {
      sizeText = group(size) + " bytes";
      limitText = group(limit) + " bytes";
    }
    return "The file is "
        + sizeText
        + "; the limit is "
        + limitText
        + ". Upload a smaller file, or split the document.";
  }

  static String formatSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < MIB) {
      return oneDecimal(bytes / 1024.0) + " KB";
    }
    return oneDecimal(bytes / (double) MIB) + " MB";
  }

  private static String oneDecimal(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private static String group(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  // ---------------------------------------------------------------- bytes

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return startsWith(content, 0, prefix);
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    if (content.length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] content, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + needle.length <= content.length; i++) {
      if (startsWith(content, i, needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }

  private static boolean causeMentions(Throwable error, String words) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(words)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
