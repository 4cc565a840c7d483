package org.factbench.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the plain text out of an uploaded .txt, .md, .html, .docx or .pdf file (recognised by its
 * content) or out of pasted text, refusing what it cannot read with a message for the user. It
 * recognises the format (magic numbers, then Tika's detection) and hands the content to the {@link
 * FormatExtractor} for it, within one set of {@link ExtractionLimits}.
 */
public class TextExtractor {

  /** The largest upload the application accepts: 10 MB (10 × 1024 × 1024 bytes). */
  public static final long DEFAULT_MAX_BYTES = ExtractionLimits.DEFAULT_MAX_BYTES;

  /** The most characters of extracted text the application accepts. */
  public static final int DEFAULT_MAX_CHARS = ExtractionLimits.DEFAULT_MAX_CHARS;

  private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

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

  private final ExtractionLimits limits;
  private final LongSupplier nanoTime;
  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
  private final UnreadableTypes unreadable = new UnreadableTypes(mimeTypes);
  private final List<FormatExtractor> extractors =
      List.of(
          new PlainTextExtractor(),
          new MarkdownExtractor(),
          new HtmlExtractor(),
          new DocxExtractor(),
          new PdfExtractor());

  /**
   * Creates an extractor with the given size limits and the default page limit and time budget; the
   * application uses {@link #DEFAULT_MAX_BYTES} and {@link #DEFAULT_MAX_CHARS}.
   *
   * @param maxBytes the largest upload in bytes that is looked at all
   * @param maxChars the most characters the extracted, normalised text may have
   */
  public TextExtractor(long maxBytes, int maxChars) {
    this(
        ExtractionLimits.of(
            maxBytes,
            maxChars,
            ExtractionLimits.DEFAULT_MAX_PAGES,
            ExtractionLimits.DEFAULT_TIME_BUDGET));
  }

  /**
   * Creates an extractor with the given limits.
   *
   * @param limits every limit on one extraction
   */
  public TextExtractor(ExtractionLimits limits) {
    this(limits, System::nanoTime);
  }

  /** Creates an extractor whose time budget runs on the given clock (for tests). */
  TextExtractor(ExtractionLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /** The limits this extractor applies, such as the largest upload the user may choose. */
  public ExtractionLimits limits() {
    return limits;
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
    if (content.length > limits.maxBytes()) {
      throw new ImportRefusedException(
          Reason.TOO_LARGE, Texts.tooLargeMessage(content.length, limits.maxBytes()));
    }
    try {
      return readUpload(content, fileName, new ExtractionRun(limits, nanoTime, "the file"));
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
      throw new ImportRefusedException(Texts.emptyMessage(false));
    }
    if (text.length() > 2L * limits.maxChars()) {
      // far over the limit whatever normalisation removes: refuse without reading it
      throw new ImportRefusedException(
          Reason.TOO_LARGE,
          Texts.tooManyCharsMessage(Texts.group(text.length()), limits.maxChars()));
    }
    try {
      return fromDecoded(text, null, new ExtractionRun(limits, nanoTime, "the pasted text"));
    } catch (ImportRefusedException refused) {
      throw refused;
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("Text extraction failed unexpectedly for {} pasted characters", text.length(), e);
      throw new ImportRefusedException(
          "Factbench could not read the pasted text. Paste it as plain text and try again.");
    }
  }

  // ---------------------------------------------------------------- detection and dispatch

  private ExtractedText readUpload(byte[] content, String fileName, ExtractionRun run) {
    if (PlainTextExtractor.hasUtf32Bom(content)) {
      throw new ImportRefusedException(
          "The file is UTF-32 text, which Factbench does not read. Open it in a text editor, save"
              + " it with the encoding UTF-8, and upload it again.");
    }
    if (PlainTextExtractor.hasUtf8Or16Bom(content)) {
      return fromDecoded(PlainTextExtractor.decode(content), fileName, run);
    }
    if (isPdf(content)) {
      return dispatch(ExtractionInput.ofBytes(DetectedType.PDF, content), run);
    }
    if (Texts.startsWith(content, ZIP_MAGIC)) {
      return dispatch(ExtractionInput.ofBytes(DetectedType.ZIP, content), run);
    }
    if (Texts.startsWith(content, EMPTY_ZIP_MAGIC)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT, Texts.notReadableMessage("an empty ZIP archive", Texts.ACCEPTED));
    }
    if (Texts.startsWith(content, OLE2_MAGIC)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT,
          Texts.notReadableMessage(
              "an older Microsoft Office file (.doc, .xls or .ppt) or a password-protected Office"
                  + " document",
              "Remove any password, save it as .docx or PDF, and upload that instead."));
    }
    MediaType type = detect(content);
    if (!isTextual(type) && !(type.equals(MediaType.OCTET_STREAM) && looksLikeText(content))) {
      throw new ImportRefusedException(Reason.NOT_A_DOCUMENT, unreadable.message(type));
    }
    String decoded = PlainTextExtractor.decode(content);
    if (isXml(type) && !HtmlExtractor.looksLikeHtml(decoded, false)) {
      throw new ImportRefusedException(
          Reason.NOT_A_DOCUMENT, Texts.notReadableMessage("an XML file", Texts.ACCEPTED));
    }
    return fromDecoded(decoded, fileName, run);
  }

  /** Tells HTML, Markdown and plain text apart and reads the text as the one it is. */
  private ExtractedText fromDecoded(String decoded, String fileName, ExtractionRun run) {
    run.checkTime();
    boolean namedMarkdown = MarkdownExtractor.isMarkdownName(fileName);
    if (HtmlExtractor.looksLikeHtml(decoded, namedMarkdown)) {
      return dispatch(ExtractionInput.ofText(DetectedType.HTML, decoded), run);
    }
    String text = Texts.normalise(decoded);
    run.checkTime();
    boolean markdown = namedMarkdown || MarkdownExtractor.looksLikeMarkdown(text, run);
    DetectedType type = markdown ? DetectedType.MARKDOWN : DetectedType.PLAIN_TEXT;
    return dispatch(ExtractionInput.ofText(type, text), run);
  }

  private ExtractedText dispatch(ExtractionInput input, ExtractionRun run) {
    for (FormatExtractor extractor : extractors) {
      if (extractor.accepts(input.type())) {
        return extractor.extract(input, run);
      }
    }
    throw new IllegalStateException("no extractor accepts " + input.type());
  }

  private static boolean isPdf(byte[] content) {
    int start = 0;
    while (start < content.length && start < 1024 && isAsciiSpace(content[start])) {
      start++;
    }
    return Texts.startsWith(content, start, PDF_MAGIC);
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
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
}
