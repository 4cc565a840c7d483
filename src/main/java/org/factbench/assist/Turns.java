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

  /** Matched against one line at a time, so a label never spans lines. */
  private static final Pattern TURN_LINE =
      Pattern.compile(
          "[ \\t]*(?:" + Sentences.TIMECODE + "\\s*)?(" + Sentences.LABEL + ")[ \\t]*(\\S)?");

  /** The turns of {@code text}, in reading order; none when no line names a speaker. */
  public static List<Turn> find(String text) {
    List<Turn> turns = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return turns;
    }
    Matcher m = TURN_LINE.matcher(text);
    String speaker = null;
    int start = -1;
    int n = text.length();
    for (int line = 0; line < n; ) {
      int end = line;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      m.region(line, end);
      if (m.lookingAt() && (m.group(2) == null || !Character.isLowerCase(m.group(2).charAt(0)))) {
        // a label followed by lower-case words ("Note: the figures...") is prose
        if (speaker != null) {
          turns.add(new Turn(speaker, start, line));
        }
        String label = m.group(1);
        speaker = label.substring(0, label.lastIndexOf(':')).strip();
        start = line;
      }
      line =
          end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
              ? end + 2
              : end + 1;
    }
    if (speaker != null) {
      turns.add(new Turn(speaker, start, n));
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

  /** The speaker of each of {@code sentences} of {@code text}; null outside transcripts. */
  static List<String> speakers(String text, List<Sentence> sentences) {
    List<Turn> turns = find(text);
    List<String> speakers = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      Turn t = turns.isEmpty() ? null : at(turns, s.start());
      speakers.add(t == null ? null : t.speaker());
    }
    return speakers;
  }

  /** The speaker of the turn of {@code turns} that contains {@code offset}, or {@code null}. */
  public static String speakerAt(List<Turn> turns, int offset) {
    return turns.stream()
        .filter(t -> t.contains(offset))
        .map(Turn::speaker)
        .findFirst()
        .orElse(null);
  }
}
