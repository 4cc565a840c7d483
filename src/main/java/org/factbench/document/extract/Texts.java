package org.factbench.document.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every extractor shares: the normalisation of text and titles, the messages for the user,
 * sizes and counts written for people, and byte comparisons.
 */
final class Texts {

  static final String ACCEPTED = "Upload .txt, .md, .html, .docx or .pdf.";
  static final String RESAVE = "Save it as .docx or PDF and upload that instead.";

  /** Any run of white space, breaking or not. */
  static final Pattern ANY_SPACE = Pattern.compile("[\\s\\p{Z}]+");

  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  private static final int MAX_TITLE_CHARS = 500;
  private static final long MIB = 1024L * 1024;

  private Texts() {}

  // ---------------------------------------------------------------- normalisation

  /**
   * Normalises text: {@code \n} line ends, no control characters but newline and tab (so no NUL,
   * which PostgreSQL refuses in text), Unicode NFC, no trailing spaces, at most one blank line in a
   * row, and no blank lines at either end.
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

  /** Whether the text has a character that shows: not white space and not a format character. */
  static boolean hasVisibleText(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && Character.getType(c) != Character.SPACE_SEPARATOR
                    && Character.getType(c) != Character.FORMAT);
  }

  /** A title on one normalised line of at most 500 characters, or {@code null} if none shows. */
  static String cleanTitle(String title) {
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

  // ---------------------------------------------------------------- messages

  static String emptyMessage(boolean fromPdf) {
    if (fromPdf) {
      return "The document has no text: this PDF has no text layer. It may be a scanned image"
          + " that needs OCR (text recognition) first; run it through OCR and upload the result.";
    }
    return "The document has no text. Check that you chose the right file.";
  }

  static String tooManyCharsMessage(String count, int limit) {
    return "The document has "
        + count
        + " characters of text; the limit is "
        + group(limit)
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

  static String notReadableMessage(String what, String advice) {
    return "This file is " + what + ", not a document Factbench can read. " + advice;
  }

  // ---------------------------------------------------------------- numbers for people

  /** A size such as {@code 512 bytes}, {@code 1.5 KB} or {@code 10 MB} (1 MB = 1024 × 1024). */
  static String formatSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < MIB) {
      return oneDecimal(bytes / 1024.0) + " KB";
    }
    return oneDecimal(bytes / (double) MIB) + " MB";
  }

  /** A duration such as {@code 20 seconds}, {@code 1.5 seconds} or {@code 250 milliseconds}. */
  static String formatDuration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      long shown = Math.max(1, millis);
      return shown + (shown == 1 ? " millisecond" : " milliseconds");
    }
    String seconds = oneDecimal(millis / 1000.0);
    return seconds + (seconds.equals("1") ? " second" : " seconds");
  }

  private static String oneDecimal(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  /** A number with thousands separators: {@code 2,000,000}. */
  static String group(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  // ---------------------------------------------------------------- bytes

  static boolean startsWith(byte[] content, byte[] prefix) {
    return startsWith(content, 0, prefix);
  }

  static boolean startsWith(byte[] content, int offset, byte[] prefix) {
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

  static boolean contains(byte[] content, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + needle.length <= content.length; i++) {
      if (startsWith(content, i, needle)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the error or one of its causes has a message containing these words. */
  static boolean causeMentions(Throwable error, String words) {
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
