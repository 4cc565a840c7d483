package org.factbench.assist;

import java.util.Objects;

/**
 * One speaker's turn in a transcript: {@code speaker} as labelled ("Senator Hale", "HOLT"), and the
 * characters {@code start} (the first character of the turn's line, timecode included) to {@code
 * end} (exclusive: where the next turn starts, or the end of the text).
 */
public record Turn(String speaker, int start, int end) {

  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad turn offsets " + start + ".." + end);
    }
  }

  /** Whether the character at {@code offset} lies in this turn. */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
