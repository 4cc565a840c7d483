package org.factbench.document.extract;

import java.util.regex.Pattern;

/**
 * Text written line by line from HTML, with breaks and spaces added only when more text follows:
 * white space in the source collapses as a browser collapses it.
 */
final class HtmlLines {

  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");

  private final StringBuilder out = new StringBuilder();
  private int pendingBreaks;
  private boolean pendingSpace;
  private String pendingPrefix;

  /** Ends the current block with at least this many line breaks, if more text follows. */
  void block(int breaks) {
    pendingBreaks = Math.max(pendingBreaks, breaks);
  }

  /** A {@code <br>}: one more line break, at most a blank line. */
  void lineBreak() {
    pendingBreaks = Math.min(2, pendingBreaks + 1);
  }

  /** Starts the next line with this, such as a list bullet. */
  void prefix(String prefix) {
    pendingPrefix = prefix;
  }

  /** Text inside a paragraph, its white space collapsed. */
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

  /** Text inside {@code <pre>}, its white space kept. */
  void preformatted(String raw) {
    if (!raw.isEmpty()) {
      write(raw.replace('\u00A0', ' '));
    }
  }

  /** A line written as it is, such as a table row. */
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

  /** The text on one line, as a table cell shows it. */
  String singleLine() {
    return Texts.ANY_SPACE.matcher(out).replaceAll(" ").strip();
  }
}
