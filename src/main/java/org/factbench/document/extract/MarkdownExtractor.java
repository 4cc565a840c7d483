package org.factbench.document.extract;

import java.util.Locale;

/**
 * Reads Markdown: the text is kept as written, markers and all, and the first top-level heading
 * (else the first heading) is its title. Headings are found by a scan of each line, whose time
 * grows with the length of the text alone, whatever the text holds.
 */
final class MarkdownExtractor implements FormatExtractor {

  static final String MEDIA_TYPE = "text/markdown";

  @Override
  public boolean accepts(DetectedType type) {
    return type == DetectedType.MARKDOWN;
  }

  @Override
  public ExtractedText extract(ExtractionInput input, ExtractionRun run) {
    return run.finish(input.text(), MEDIA_TYPE, title(input.text(), run), false);
  }

  /** Whether the file's name ends in {@code .md} or {@code .markdown}. */
  static boolean isMarkdownName(String fileName) {
    if (fileName == null) {
      return false;
    }
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /**
   * Whether normalised text is Markdown whatever its name: a line is an ATX heading ({@code # } to
   * {@code ###### }) or starts a code fence ({@code ```} or {@code ~~~}).
   */
  static boolean looksLikeMarkdown(String normalised, ExtractionRun run) {
    for (int start = 0; start < normalised.length(); ) {
      int end = lineEnd(normalised, start);
      if (normalised.startsWith("```", start)
          || normalised.startsWith("~~~", start)
          || heading(normalised, start, end) != null) {
        return true;
      }
      run.tick();
      start = end + 1;
    }
    return false;
  }

  /** The text of the first level-1 heading, else of the first heading, else {@code null}. */
  private static String title(String normalised, ExtractionRun run) {
    String first = null;
    for (int start = 0; start < normalised.length(); ) {
      int end = lineEnd(normalised, start);
      int hashes = countHashes(normalised, start, end);
      String heading = heading(normalised, start, end);
      if (heading != null) {
        if (hashes == 1) {
          return heading;
        }
        if (first == null) {
          first = heading;
        }
      }
      run.tick();
      start = end + 1;
    }
    return first;
  }

  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  private static int countHashes(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == '#') {
      i++;
    }
    return i - start;
  }

  /**
   * The text of an ATX heading on the line {@code [start, end)}, or {@code null} if the line is not
   * one: one to six {@code #}, spaces or tabs, then text; a closing run of {@code #} after a space
   * and trailing spaces are not part of the text.
   */
  static String heading(String text, int start, int end) {
    int hashes = countHashes(text, start, end);
    if (hashes < 1 || hashes > 6) {
      return null;
    }
    int i = start + hashes;
    if (i >= end || !isSpaceOrTab(text.charAt(i))) {
      return null;
    }
    while (i < end && isSpaceOrTab(text.charAt(i))) {
      i++;
    }
    if (i >= end || !isNonSpace(text.charAt(i))) {
      return null;
    }
    int contentEnd = end;
    while (contentEnd > i && isSpaceOrTab(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    int closing = contentEnd;
    while (closing > i && text.charAt(closing - 1) == '#') {
      closing--;
    }
    if (closing < contentEnd && closing > i && isSpaceOrTab(text.charAt(closing - 1))) {
      int beforeSpaces = closing;
      while (beforeSpaces > i && isSpaceOrTab(text.charAt(beforeSpaces - 1))) {
        beforeSpaces--;
      }
      contentEnd = beforeSpaces;
    }
    return text.substring(i, contentEnd);
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /** The complement of the regular expression class {@code \s}. */
  private static boolean isNonSpace(char c) {
    return !(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }
}
