package org.factbench.document.extract;

import java.util.Objects;

/**
 * A timecode written at the start of a line, such as {@code 1:07:30} or the range {@code
 * 15:00–22:00}.
 *
 * @param offset the character offset in the text where the timecode's line starts
 * @param seconds the (start) time in whole seconds
 * @param endSeconds the end of a range in whole seconds, or {@code null} if it is not a range
 * @param label the timecode as written, without surrounding brackets
 */
public record Timecode(int offset, int seconds, Integer endSeconds, String label) {

  /** Checks that the offset and times are not negative and that a range does not end early. */
  public Timecode {
    if (offset < 0 || seconds < 0) {
      throw new IllegalArgumentException("offset and seconds must not be negative");
    }
    if (endSeconds != null && endSeconds < seconds) {
      throw new IllegalArgumentException("a range must not end before it starts");
    }
    Objects.requireNonNull(label, "label");
  }
}
