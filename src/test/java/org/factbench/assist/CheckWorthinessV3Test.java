package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped check-worthiness model (version 3): calibrated scores whose contributions add up,
 * explanations by named cues and signals and by the nearest labelled example, transcript context,
 * progress while scoring, determinism.
 */
class CheckWorthinessV3Test {

  private static CheckWorthySentence scored(String text) {
    return CheckWorthiness.score(new Sentence(0, text.length(), text));
  }

  @Test
  void the_shipped_model_is_version_3_and_reads_the_vectors_of_the_shipped_embedder() {
    assertThat(CheckWorthiness.model().modelVersion)
        .isEqualTo(CheckWorthiness.VERSION)
        .isEqualTo(3);
    assertThat(CheckWorthiness.model().embeddingModel)
        .isEqualTo(CheckWorthiness.defaultEmbedder().model());
    assertThat(CheckWorthiness.model().dimensions())
        .isEqualTo(CheckWorthiness.defaultEmbedder().dimensions());
    assertThat(CheckWorthiness.examples().size()).isGreaterThan(100);
    assertThat(CheckWorthiness.examples().examples())
        .anyMatch(LabelledExample::checked)
        .anyMatch(e -> !e.checked());
  }

  @Test
  void a_reported_decision_without_numbers_outranks_small_talk_and_opinion() {
    String text =
        "Good evening and thank you all for coming. Hungary and Slovakia voted against the UN"
            + " resolution on Tuesday. I think we all deserve a bit more honesty.";
    List<CheckWorthySentence> ranked = CheckWorthiness.rank(text);
    assertThat(ranked).hasSize(3);
    assertThat(ranked.get(0).sentence().text()).startsWith("Hungary and Slovakia voted");
  }

  @Test
  void explanations_add_up_to_the_calibrated_score_and_name_the_nearest_example() {
    CheckWorthySentence c =
        scored("According to the statistics office, unemployment fell to 4.2% last year.");
    assertThat(Scorer.logistic(c.logit())).isCloseTo(c.score(), within(1e-12));
    assertThat(c.contributions().get(0).baseline()).isTrue();
    assertThat(c.contributions())
        .extracting(Contribution::feature)
        .contains("percentage", "vector");
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("percentage: 4.2%"));
    assertThat(c.example()).isNotNull();
    Contribution meaning =
        c.contributions().stream().filter(k -> k.feature().equals("vector")).findFirst().get();
    assertThat(meaning.label())
        .startsWith(
            c.example().checked()
                ? "reads like sentences fact-checkers chose: \u00ab"
                : "reads like sentences fact-checkers passed over: \u00ab");
    assertThat(c.example().checked()).isEqualTo(meaning.value() > 0);
    assertThat(c.example().similarity()).isBetween(-1.0, 1.0);
    assertThat(c.score())
        .isGreaterThan(scored("Thank you so much, it is great to be here.").score());
  }

  @Test
  void sentences_of_a_transcript_know_their_speaker_and_the_moderator_is_recognised() {
    String text =
        """
        [00:00:05] HOLT: Good evening. Tonight we talk about jobs. What will you do?
        [00:00:12] TRUMP: We have lost 70,000 factories since 2001. It is a disaster.
        [00:00:20] HOLT: Secretary Clinton, how would you answer that? Is it true?
        [00:00:25] CLINTON: Unemployment fell to 4.9% last year.
        """;
    List<CheckWorthySentence> ranked = CheckWorthiness.rank(text);
    assertThat(ranked).allMatch(c -> c.speaker() != null);
    CheckWorthySentence question = find(ranked, "What will you do");
    assertThat(question.speaker()).isEqualTo("HOLT");
    assertThat(question.contributions())
        .anyMatch(k -> k.label().startsWith("questioner's turn: HOLT"));
    CheckWorthySentence factories = find(ranked, "We have lost");
    assertThat(factories.contributions())
        .anyMatch(k -> k.label().equals("answers a question"))
        .anyMatch(k -> k.label().startsWith("speaker's share: TRUMP"));
    assertThat(ranked.get(0).speaker()).isIn("TRUMP", "CLINTON");
    assertThat(factories.score()).isGreaterThan(question.score());
  }

  private static CheckWorthySentence find(List<CheckWorthySentence> ranked, String start) {
    return ranked.stream()
        .filter(c -> c.sentence().text().startsWith(start))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void scoring_reports_progress_by_chunk_and_can_be_stopped() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < SentenceVectors.CHUNK + 10; i++) {
      sb.append("Exports rose by ").append(i + 1).append(" percent in the year to March. ");
    }
    List<String> heard = new ArrayList<>();
    List<CheckWorthySentence> ranked =
        CheckWorthiness.rank(
            sb.toString(),
            CheckWorthiness.defaultEmbedder(),
            (done, total) -> heard.add(done + "/" + total));
    int n = SentenceVectors.CHUNK + 10;
    assertThat(ranked).hasSize(n);
    assertThat(heard).containsExactly("0/" + n, SentenceVectors.CHUNK + "/" + n, n + "/" + n);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    CheckWorthiness.rank(
                        sb.toString(),
                        CheckWorthiness.defaultEmbedder(),
                        (done, total) -> {
                          throw new java.util.concurrent.CancellationException("stopped");
                        })))
        .isInstanceOf(java.util.concurrent.CancellationException.class);
  }

  @Test
  void scoring_is_deterministic_and_equal_scores_keep_reading_order() throws Exception {
    String text = SuggestionRecallTest.resource("briefing.txt");
    List<CheckWorthySentence> first = CheckWorthiness.rank(text);
    assertThat(CheckWorthiness.rank(text)).isEqualTo(first);
    assertThat(CheckWorthiness.rank("The hall was full. The hall was full."))
        .extracting(c -> c.sentence().start())
        .containsExactly(0, 19);
  }

  @Test
  void a_model_from_another_embedder_is_refused() {
    org.factbench.assist.embed.SentenceEmbedder other =
        new org.factbench.assist.embed.SentenceEmbedder() {
          @Override
          public String model() {
            return "another-model/1";
          }

          @Override
          public int dimensions() {
            return 384;
          }

          @Override
          public float[][] embed(List<String> texts) {
            return new float[texts.size()][384];
          }
        };
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> CheckWorthiness.rank("Exports rose.", other, ScoringProgress.NONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another-model/1");
  }
}
