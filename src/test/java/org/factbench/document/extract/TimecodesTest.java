package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimecodesTest {

  /** The pattern as it was before its runs of spaces became possessive. */
  private static final Pattern FORMER =
      Pattern.compile(
          "^[ \\t]*(?:[-*\\u2022][ \\t]+|#{1,6}[ \\t]+)?(?:\\*\\*|__)?[\\[(]?[ \\t]*"
              + "(?<start>\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?(?:[.,]\\d{1,3})?(?!\\d)(?!:\\d))"
              + "(?:[ \\t]*(?:-->|[-\\u2013\\u2014])[ \\t]*(?<end>"
              + "\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?(?:[.,]\\d{1,3})?(?!\\d)(?!:\\d)))?"
              + "(?![ \\t]*[aApP]\\.?[mM](?![\\p{L}\\p{N}]))",
          Pattern.MULTILINE | Pattern.UNIX_LINES);

  private static final String[] PIECES = {
    " ", "  ", "\t", "-", "*", "\u2022", "#", "##", "[", "(", "**", "__", "1", "0", "5", "12", ":",
    ":30", "00:22", "1:07:30", "\u2013", "-->", ".5", ",250", "am", "pm", "x", "\n"
  };

  @Test
  void the_pattern_finds_the_same_timecodes_as_before_its_spaces_became_possessive() {
    Random random = new Random(17);
    for (int sample = 0; sample < 50_000; sample++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(14); i >= 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertThat(matches(Timecodes.LINE_START_TIMECODE, text))
          .as("timecodes in [%s]", text)
          .isEqualTo(matches(FORMER, text));
    }
  }

  @Test
  void a_line_of_many_spaces_is_read_in_one_pass() {
    // before the runs of spaces were possessive, 40,000 spaces took 42 s, and the time grew
    // faster than the square of their number
    String spaces = " ".repeat(200_000);

    assertThat(Timecodes.find(spaces + "x\n" + spaces + "00:22 Anna"))
        .containsExactly(new Timecode(200_002, 22, null, "00:22"));
  }

  private static List<String> matches(Pattern pattern, CharSequence text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.start() + " " + matcher.group("start") + " " + matcher.group("end"));
    }
    return found;
  }

  @Test
  void minutes_and_seconds_at_a_line_start_are_a_timecode() {
    assertThat(Timecodes.find("00:22 Welcome to the show"))
        .containsExactly(new Timecode(0, 22, null, "00:22"));
  }

  @Test
  void hours_minutes_and_seconds_are_counted_in_seconds() {
    assertThat(Timecodes.find("1:07:30 the budget\n01:07:31 again"))
        .containsExactly(
            new Timecode(0, 4050, null, "1:07:30"), new Timecode(19, 4051, null, "01:07:31"));
  }

  @Test
  void offsets_point_at_the_start_of_each_line() {
    String text = "Intro line\n[00:05] Anna: hello\n  (2:10) Ben: hi\n";
    List<Timecode> found = Timecodes.find(text);
    assertThat(found).extracting(Timecode::offset).containsExactly(11, 31);
    assertThat(found).extracting(Timecode::seconds).containsExactly(5, 130);
    assertThat(found).extracting(Timecode::label).containsExactly("00:05", "2:10");
    assertThat(text.substring(found.get(1).offset())).startsWith("  (2:10)");
  }

  @Test
  void a_range_with_an_en_dash_has_a_start_and_an_end() {
    assertThat(Timecodes.find("15:00–22:00 Questions from the floor"))
        .containsExactly(new Timecode(0, 900, 1320, "15:00–22:00"));
  }

  @Test
  void a_range_with_a_hyphen_with_or_without_spaces_has_a_start_and_an_end() {
    assertThat(Timecodes.find("15:00-22:00 a\n[15:00 - 22:00] b"))
        .containsExactly(
            new Timecode(0, 900, 1320, "15:00-22:00"),
            new Timecode(14, 900, 1320, "15:00 - 22:00"));
  }

  @Test
  void a_speaker_after_a_timecode_does_not_stop_it_being_found() {
    assertThat(Timecodes.find("00:22 Speaker 1: good evening\n00:41: Mayor: thank you"))
        .extracting(Timecode::seconds)
        .containsExactly(22, 41);
  }

  @Test
  void a_time_inside_a_sentence_is_not_a_timecode() {
    assertThat(Timecodes.find("the meeting at 10:30 ended early\nand resumed at 11:15")).isEmpty();
  }

  @Test
  void a_ratio_or_a_single_digit_group_is_not_a_timecode() {
    assertThat(Timecodes.find("3:1 was the vote\n2:5 margin\n10:3 ratio\n12:345 units")).isEmpty();
  }

  @Test
  void a_clock_time_with_am_or_pm_is_not_a_timecode() {
    assertThat(Timecodes.find("10:30 am coffee\n7:15pm dinner")).isEmpty();
  }

  @Test
  void a_range_that_ends_before_it_starts_is_read_as_its_start_alone() {
    assertThat(Timecodes.find("22:00-15:00 odd"))
        .containsExactly(new Timecode(0, 1320, null, "22:00"));
  }

  @Test
  void no_text_has_no_timecodes() {
    assertThat(Timecodes.find("")).isEmpty();
    assertThat(Timecodes.find(null)).isEmpty();
  }
}
