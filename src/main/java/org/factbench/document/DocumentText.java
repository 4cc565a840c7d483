package org.factbench.document;

import java.util.List;
import org.factbench.assist.Turns;

/** A document with its full text and the time marks of a transcript. */
public record DocumentText(DocumentSummary document, String text, List<TimeMark> timeMarks) {

  /** A transcript line starting at {@code offset} begins {@code seconds} into the recording. */
  public record TimeMark(int offset, int seconds, Integer endSeconds, String label) {}

  /**
   * The time position of a character offset: the last time mark at or before it, or {@code null}.
   */
  public Integer secondsAt(int offset) {
    Integer result = null;
    for (TimeMark mark : timeMarks) {
      if (mark.offset() > offset) {
        break;
      }
      result = mark.seconds();
    }
    return result;
  }

  /**
   * Who speaks at {@code offset} in a transcript: the speaker of the turn that contains it
   * ("Speaker: text" lines), or {@code null}.
   */
  public String speakerAt(int offset) {
    return Turns.speakerAt(Turns.find(text), offset);
  }
}
