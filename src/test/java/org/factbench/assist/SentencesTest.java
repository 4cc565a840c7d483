package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  /** The sentences' texts, after checking that every sentence is a trimmed slice of the text. */
  private static List<String> texts(String text) {
    List<Sentence> sentences = Sentences.split(text);
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text()).isEqualTo(s.text().strip()).isNotEmpty();
      assertThat(s.start())
          .as("in reading order, not overlapping")
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.end();
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void empty_blank_and_null_text_has_no_sentences() {
    assertThat(Sentences.split(null)).isEmpty();
    assertThat(Sentences.split("")).isEmpty();
    assertThat(Sentences.split("  \n\t\r\n  ")).isEmpty();
  }

  @Test
  void plain_prose_splits_at_sentence_ends() {
    assertThat(texts("The vote was 311 to 112! Was it fair? Yes. It passed."))
        .containsExactly("The vote was 311 to 112!", "Was it fair?", "Yes.", "It passed.");
  }

  @Test
  void offsets_point_into_the_original_text_with_whitespace_trimmed() {
    String text = "   First sentence here.   Second one.  \n\n  Third.  ";
    List<Sentence> sentences = Sentences.split(text);
    assertThat(sentences)
        .containsExactly(
            new Sentence(3, 23, "First sentence here."),
            new Sentence(26, 37, "Second one."),
            new Sentence(43, 49, "Third."));
  }

  @Test
  void splits_bullet_items_into_their_own_sentences() {
    String text =
        "Key points for editors:\n"
            + "- The 6.3% figure includes pensions\n"
            + "* Both sides inflate losses\n"
            + "• Treat every number as a claim\n"
            + "+ Ask for the method";
    assertThat(texts(text))
        .containsExactly(
            "Key points for editors:",
            "The 6.3% figure includes pensions",
            "Both sides inflate losses",
            "Treat every number as a claim",
            "Ask for the method");
  }

  @Test
  void numbered_and_lettered_items_start_sentences_without_their_markers() {
    String text =
        "Next steps:\n1. Ask the institute\n2) Request the tables\na) Compare the notices\n(iv) File it";
    assertThat(texts(text))
        .containsExactly(
            "Next steps:",
            "Ask the institute",
            "Request the tables",
            "Compare the notices",
            "File it");
  }

  @Test
  void a_list_item_wrapped_over_two_lines_stays_one_sentence() {
    String text =
        "- Western estimates put losses at 180,000-220,000 soldiers\n  killed in action.\n- Next";
    assertThat(texts(text))
        .containsExactly(
            "Western estimates put losses at 180,000-220,000 soldiers\n  killed in action.",
            "Next");
  }

  @Test
  void a_number_that_happens_to_open_a_wrapped_line_is_not_a_list_item() {
    String text = "The motion was carried by 311 votes to\n112. The house rose at ten.";
    assertThat(texts(text))
        .containsExactly("The motion was carried by 311 votes to\n112.", "The house rose at ten.");
  }

  @Test
  void abbreviations_do_not_end_sentences() {
    assertThat(texts("Dr. Smith met Mr. Jones in the U.S. on Jan. 5. They talked."))
        .containsExactly("Dr. Smith met Mr. Jones in the U.S. on Jan. 5.", "They talked.");
    assertThat(
            texts(
                "Prices rose, e.g. bread, i.e. staples. It was approx. 5 km. See No. 5 for details."))
        .containsExactly(
            "Prices rose, e.g. bread, i.e. staples.",
            "It was approx. 5 km.",
            "See No. 5 for details.");
    assertThat(texts("John F. Kennedy spoke in St. Louis at 5 p.m. yesterday. Then he slept."))
        .containsExactly(
            "John F. Kennedy spoke in St. Louis at 5 p.m. yesterday.", "Then he slept.");
    assertThat(texts("Prof. Lind cited the U.S. Senate report. The answer is no. Then we left."))
        .containsExactly(
            "Prof. Lind cited the U.S. Senate report.", "The answer is no.", "Then we left.");
  }

  @Test
  void an_initialism_still_ends_a_sentence_before_a_new_one() {
    assertThat(texts("He moved to the U.S. The move cost him dearly."))
        .containsExactly("He moved to the U.S.", "The move cost him dearly.");
  }

  @Test
  void numbers_with_separators_and_decimals_never_split() {
    String text =
        "Losses were 180,000-220,000 soldiers. Spending is 6.3% of GDP. It rose to 1.5 million."
            + " The deal cost $4.2bn. Pi is 3.14. Inflation was 7.1 per cent.";
    assertThat(texts(text))
        .containsExactly(
            "Losses were 180,000-220,000 soldiers.",
            "Spending is 6.3% of GDP.",
            "It rose to 1.5 million.",
            "The deal cost $4.2bn.",
            "Pi is 3.14.",
            "Inflation was 7.1 per cent.");
  }

  @Test
  void a_quote_that_ends_a_sentence_splits_after_the_closing_quote() {
    assertThat(texts("He said \"it is over.\" Then he left. She said “no.” Then there was quiet."))
        .containsExactly(
            "He said \"it is over.\"", "Then he left.", "She said “no.”", "Then there was quiet.");
  }

  @Test
  void each_transcript_line_is_a_sentence_without_its_timecode_and_speaker() {
    String text =
        "[00:12:05] SPEAKER: Order, order\n"
            + "[00:12:09] MINISTER OF FINANCE (Ms Lind): Spending rose to 2.4% of GDP. That is a record\n"
            + "0:00:07 Senator Hale: We voted against it\n"
            + "MINISTER: Thank you\n"
            + "(01:02:03) - Q: And the deficit?";
    assertThat(texts(text))
        .containsExactly(
            "Order, order",
            "Spending rose to 2.4% of GDP.",
            "That is a record",
            "We voted against it",
            "Thank you",
            "And the deficit?");
  }

  @Test
  void a_label_followed_by_lower_case_words_is_prose_not_a_speaker() {
    assertThat(texts("Note: the figures are provisional.\nSOURCE: Statistics office."))
        .containsExactly("Note: the figures are provisional.", "Statistics office.");
  }

  @Test
  void empty_list_items_and_a_byte_order_mark_leave_no_sentences_behind() {
    assertThat(texts("\uFEFFTitle\n\n  - \n- \n1.\n* Real item"))
        .containsExactly("Title", "Real item");
  }

  @Test
  void a_speaker_label_alone_on_its_line_is_dropped_and_the_speech_follows() {
    String text = "MINISTER:\nWe have doubled the budget.\nOPPOSITION:\nNo you have not.";
    assertThat(texts(text)).containsExactly("We have doubled the budget.", "No you have not.");
  }

  @Test
  void blank_lines_always_end_a_sentence() {
    assertThat(texts("The figures were revised\n\nnobody noticed the change"))
        .containsExactly("The figures were revised", "nobody noticed the change");
    assertThat(texts("First paragraph without a stop\r\n\r\nSecond paragraph."))
        .containsExactly("First paragraph without a stop", "Second paragraph.");
  }

  @Test
  void hard_wrapped_lines_join_into_one_sentence() {
    String text =
        "The UN human rights mission has verified\n"
            + "11,700 civilian deaths but warns that the real number is likely to be considerably\n"
            + "higher. Some commentators disagree.";
    assertThat(texts(text))
        .containsExactly(
            "The UN human rights mission has verified\n"
                + "11,700 civilian deaths but warns that the real number is likely to be considerably\n"
                + "higher.",
            "Some commentators disagree.");
  }

  @Test
  void headings_are_their_own_sentences() {
    String text =
        "Casualty estimates\n"
            + "The ministry says 180,000 soldiers were killed. Others disagree.\n"
            + "Defence budget shares\n\n"
            + "## Sources and method\n"
            + "Spending reached 6.3% of GDP.";
    assertThat(texts(text))
        .containsExactly(
            "Casualty estimates",
            "The ministry says 180,000 soldiers were killed.",
            "Others disagree.",
            "Defence budget shares",
            "Sources and method",
            "Spending reached 6.3% of GDP.");
  }

  @Test
  void a_short_line_that_continues_a_sentence_is_not_a_heading() {
    assertThat(texts("The minister told\nparliament that spending rose."))
        .containsExactly("The minister told\nparliament that spending rose.");
    assertThat(texts("Spending rose. The minister told\nParliament that it fell."))
        .containsExactly("Spending rose.", "The minister told\nParliament that it fell.");
  }

  @Test
  void a_long_transcript_splits_in_linear_time() {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < 2_000_000) {
      sb.append(
          String.format(
              "[%02d:%02d:%02d] MINISTER: Spending reached %d.%d%% of GDP, Dr. Lind said. I think"
                  + " that is right.%n",
              i / 3600 % 24, i / 60 % 60, i % 60, i % 9, i % 10));
      i++;
    }
    String text = sb.toString();
    Sentences.split("Warm up. Load the model.");
    long t0 = System.nanoTime();
    List<Sentence> sentences = Sentences.split(text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(sentences).hasSize(2 * i);
    // generous for a slow, shared machine: the point is to catch quadratic work (minutes)
    assertThat(ms).isLessThan(20_000);
  }

  @Test
  void pathological_text_stays_fast_and_runaway_sentences_are_cut_at_spaces() {
    String blob = "a.".repeat(200_000); // 400,000 chars with no space: a pasted blob
    String noStops = "word ".repeat(100_000); // 500,000 chars with no sentence end
    String text = blob + "\n\n" + noStops + "\n\nA normal sentence. Another one.";
    long t0 = System.nanoTime();
    List<Sentence> sentences = Sentences.split(text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(ms).isLessThan(20_000);
    assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(2_000));
    assertThat(sentences)
        .filteredOn(s -> s.text().startsWith("word"))
        .allSatisfy(s -> assertThat(s.text()).endsWith("word"));
    assertThat(sentences.subList(sentences.size() - 2, sentences.size()))
        .extracting(Sentence::text)
        .containsExactly("A normal sentence.", "Another one.");
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void a_long_url_before_a_sentence_end_still_ends_the_sentence() {
    String url = "https://example.org/" + "a.b/".repeat(40) + "report.pdf";
    assertThat(texts("The tables are at " + url + ". They were changed."))
        .containsExactly("The tables are at " + url + ".", "They were changed.");
  }

  @Test
  void splitting_from_many_threads_gives_the_same_sentences() throws Exception {
    String text = SuggestionRecallTest.resource("debate.txt");
    List<Sentence> expected = Sentences.split(text);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<List<Sentence>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> Sentences.split(text)));
      }
      for (var r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    }
  }
}
