package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcript turns: which lines name a speaker, and where each turn starts and ends. */
class TurnsTest {

  @Test
  void speaker_lines_in_any_case_with_or_without_a_timecode_start_turns() {
    String text =
        "Senator Hale: We cut the deficit.\n"
            + "MINISTER: By how much?\n"
            + "[00:12:03] Senator Hale: By a third.\n"
            + "It was hard.\n"
            + "00:22 THE SPEAKER: Order.\n";
    List<Turn> turns = Turns.find(text);
    assertThat(turns)
        .extracting(Turn::speaker)
        .containsExactly("Senator Hale", "MINISTER", "Senator Hale", "THE SPEAKER");
    assertThat(turns.get(0).start()).isZero();
    assertThat(turns.get(0).end()).isEqualTo(text.indexOf("MINISTER"));
    assertThat(turns.get(2).start()).isEqualTo(text.indexOf("[00:12:03]"));
    assertThat(text.substring(turns.get(2).start(), turns.get(2).end()))
        .isEqualTo("[00:12:03] Senator Hale: By a third.\nIt was hard.\n");
    assertThat(turns.get(3).end()).isEqualTo(text.length());
  }

  @Test
  void a_heading_above_a_speaker_line_is_not_part_of_the_label() {
    String text = "Budget Debate\r\nMINISTER: The figure is 4%.\r\nMR LEE: It is not.";
    assertThat(Turns.find(text))
        .extracting(Turn::speaker, Turn::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MINISTER", text.indexOf("MINISTER")),
            org.assertj.core.groups.Tuple.tuple("MR LEE", text.indexOf("MR LEE")));
  }

  @Test
  void a_bracketed_name_belongs_to_the_label() {
    assertThat(Turns.find("MINISTER OF FINANCE (Ms Lind): The figure is 4%."))
        .extracting(Turn::speaker)
        .containsExactly("MINISTER OF FINANCE (Ms Lind)");
  }

  @Test
  void prose_with_a_colon_is_no_turn() {
    assertThat(Turns.find("Note: the figures are provisional.\nThe total rose.")).isEmpty();
    assertThat(Turns.find("The minister said: We will act.")).isEmpty();
    assertThat(Turns.find("")).isEmpty();
    assertThat(Turns.find(null)).isEmpty();
  }

  @Test
  void every_sentence_of_a_turn_gets_its_speaker() {
    String text = "[00:00:01] HOLT: Good evening. Welcome.\n[00:00:09] TRUMP: Thank you. Jobs.";
    List<Turn> turns = Turns.find(text);
    for (Sentence s : Sentences.split(text)) {
      Turn t = Turns.at(turns, s.start());
      assertThat(t).isNotNull();
      assertThat(t.contains(s.start())).isTrue();
      assertThat(t.speaker())
          .isEqualTo(s.text().startsWith("Good") || s.text().startsWith("Wel") ? "HOLT" : "TRUMP");
    }
  }
}
