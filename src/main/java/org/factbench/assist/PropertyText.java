package org.factbench.assist;

/** Values written into the shipped model files, which are read back as Java properties. */
final class PropertyText {

  private PropertyText() {}

  /**
   * {@code v} as a properties value in plain ASCII: backslashes, line breaks and characters beyond
   * ASCII written as {@code \\uXXXX}, so the file reads back to the same text and bytes.
   */
  static String escape(String v) {
    StringBuilder sb = new StringBuilder();
    for (char c : v.toCharArray()) {
      if (c == '\\' || c == '\n' || c == '\r' || c > 126) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
