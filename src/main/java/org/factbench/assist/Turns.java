package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speakers' turns of a transcript: a line {@code Speaker: text}, {@code SPEAKER: text},
 * {@code 00:22 Speaker: text} or {@code [00:12:03] Speaker: text} starts a turn, which runs until
 * the next such line. The speaker label is what {@link Sentences} leaves out of the sentence text:
 * up to five capitalised words, optionally with a bracketed name ("MINISTER (Ms Lind)"), then a
 * colon; a label followed by lower-case words ("Note: the figures") is prose, not a turn.
 */
public final class Turns {

  private Turns() {}

  private static final Pattern TURN_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:" + Sentences.TIMECODE + "\\s*)?(" + Sentences.LABEL + ")[ \\t]*(\\S)?");

  /** The turns of {@code text}, in reading order; none when no line names a speaker. */
  public static List<Turn> find(String text) {
    List<Turn> turns = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return turns;
    }
    Matcher m = TURN_LINE.matcher(text);
    String speaker = null;
    int start = -1;
    while (m.find()) {
      String rest = m.group(2);
      if (rest != null && Character.isLowerCase(rest.charAt(0))) {
        continue; // "Note: the figures..." is prose
      }
      if (speaker != null) {
        turns.add(new Turn(speaker, start, m.start()));
      }
      String label = m.group(1);
      speaker = label.substring(0, label.lastIndexOf(':')).strip();
      start = m.start();
    }
    if (speaker != null) {
      turns.add(new Turn(speaker, start, text.length()));
    }
    return turns;
  }

  /** The turn holding {@code offset}, by binary search over {@code turns}; null if none. */
  static Turn at(List<Turn> turns, int offset) {
    int lo = 0;
    int hi = turns.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Turn t = turns.get(mid);
      if (offset < t.start()) {
        hi = mid - 1;
      } else if (offset >= t.end()) {
        lo = mid + 1;
      } else {
        return t;
      }
    }
    return null;
  }
}
