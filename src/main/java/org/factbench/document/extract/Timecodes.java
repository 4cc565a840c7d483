package org.factbench.document.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds timecodes such as {@code 00:22}, {@code [1:07:30] Speaker:} or {@code 15:00–22:00} at the
 * starts of lines.
 */
public final class Timecodes {

  /** m:ss, mm:ss or h:mm:ss, with an optional fraction of a second as subtitles write it. */
  private static final String TIME =
      "\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?(?:[.,]\\d{1,3})?(?!\\d)(?!:\\d)";

  /**
   * The runs of spaces are possessive: each run is followed by something that is not a space, so
   * giving spaces back could never make a match, and without it a line of many spaces would take
   * time that grows with the square of its length.
   */
  static final Pattern LINE_START_TIMECODE =
      Pattern.compile(
          "^[ \\t]*+" // indentation
              + "(?:[-*\\u2022][ \\t]++|#{1,6}+[ \\t]++)?" // a list bullet or Markdown heading
              + "(?:\\*\\*|__)?" // Markdown bold
              + "[\\[(]?[ \\t]*+"
              + "(?<start>"
              + TIME
              + ")"
              + "(?:[ \\t]*+(?:-->|[-\\u2013\\u2014])[ \\t]*+(?<end>"
              + TIME
              + "))?"
              // a clock time such as "10:30 am" is not a timecode
              + "(?![ \\t]*[aApP]\\.?[mM](?![\\p{L}\\p{N}]))",
          Pattern.MULTILINE | Pattern.UNIX_LINES);

  private Timecodes() {}

  /**
   * Finds the timecodes that start lines of {@code text}; a time in the middle of a sentence is not
   * one.
   *
   * @param text any text; lines end with {@code \n}
   * @return the timecodes in the order they appear, each with the offset of its line's start
   */
  public static List<Timecode> find(String text) {
    List<Timecode> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    Matcher matcher = LINE_START_TIMECODE.matcher(text);
    while (matcher.find()) {
      int seconds = seconds(matcher.group("start"));
      String end = matcher.group("end");
      Integer endSeconds = end == null ? null : seconds(end);
      String label;
      if (endSeconds != null && endSeconds >= seconds) {
        label = text.substring(matcher.start("start"), matcher.end("end"));
      } else {
        endSeconds = null;
        label = matcher.group("start");
      }
      found.add(new Timecode(matcher.start(), seconds, endSeconds, label));
    }
    return found;
  }

  private static int seconds(String time) {
    String whole = time.split("[.,]", 2)[0];
    int total = 0;
    for (String part : whole.split(":")) {
      total = total * 60 + Integer.parseInt(part);
    }
    return total;
  }
}
