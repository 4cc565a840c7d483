package org.factbench.base;

import java.util.Collection;

/**
 * The rule for text that people and scripts send in: no C0 control characters (U+0000 to U+001F)
 * other than tab, line feed and carriage return, and no DEL (U+007F). PostgreSQL refuses NUL in
 * text, and the others are invisible, break exports and terminals, and are never what a user meant.
 * The HTTP API applies the rule to every query parameter and JSON string; services apply it to
 * their inputs through {@link #refuse}, so views are covered too. Text extracted from files is
 * cleaned instead ({@link #blank}), since a PDF or a Word file may carry such characters
 * legitimately.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code c} is a control character the rule refuses. */
  public static boolean refused(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  /** The index of the first refused character of {@code text}, or -1. */
  public static int firstIn(CharSequence text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (refused(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code value} itself, or a {@link ValidationFailedException} naming {@code field} when it holds
   * a refused character.
   */
  public static String refuse(String field, String value) {
    int at = firstIn(value);
    if (at >= 0) {
      throw new ValidationFailedException(field, message(field, value.charAt(at)));
    }
    return value;
  }

  /** Every value of {@code values} checked as {@link #refuse} does. */
  public static void refuseAll(String field, Collection<String> values) {
    if (values != null) {
      values.forEach(v -> refuse(field, v));
    }
  }

  /** The words of a refusal: which character, and what is allowed. */
  public static String message(String field, char c) {
    return (field == null || field.isEmpty() ? "The text" : "The value of " + field)
        + " contains a control character ("
        + String.format("U+%04X", (int) c)
        + "); only tab, line feed and carriage return are allowed.";
  }

  /**
   * {@code text} with each refused character replaced by a space: the length, and so every offset
   * into the text, stays the same.
   */
  public static String blank(String text) {
    if (firstIn(text) < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (refused(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
