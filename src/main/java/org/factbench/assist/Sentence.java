package org.factbench.assist;

import java.util.Objects;

/**
 * One sentence of a text: {@code text} is exactly {@code original.substring(start, end)} (end
 * exclusive), with no whitespace at either end. List markers, timecodes and speaker labels that
 * only introduce the sentence are not part of it.
 */
public record Sentence(int start, int end, String text) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets " + start + ".." + end + " do not fit a text of " + text.length() + " chars");
    }
  }

  /** The number of characters. */
  public int length() {
    return end - start;
  }
}
