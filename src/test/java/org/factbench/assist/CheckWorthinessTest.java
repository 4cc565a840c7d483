package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Cue detection, scoring with the cue weights of version 2, explanations and transcript context.
 * Version 3 (the shipped model) is tested in {@code CheckWorthinessV3Test}.
 */
class CheckWorthinessTest {

  private static CheckWorthySentence scored(String text) {
    return CheckWorthinessV2.score(new Sentence(0, text.length(), text));
  }

  /** The labels of the features a sentence shows on its own, whatever they weigh. */
  private static List<String> reasons(String text) {
    return Arrays.stream(Cues.observe(new Sentence(0, text.length(), text), Cues.Context.NONE))
        .filter(Objects::nonNull)
        .toList();
  }

  @Test
  void figures_percentages_and_money_fire_with_the_words_they_came_from() {
    assertThat(
            reasons("Western estimates put losses at 180,000-220,000 soldiers killed in action."))
        .contains("figure: 180,000-220,000 soldiers");
    assertThat(reasons("Defence spending reached 6.3% of GDP.")).contains("percentage: 6.3%");
    assertThat(reasons("Unemployment fell to 5.6 percent.")).contains("percentage: 5.6 percent");
    assertThat(reasons("The contract cost $4.2bn over ten years.")).contains("money: $4.2bn");
    assertThat(reasons("Spending grew to 29.8 billion crowns."))
        .contains("money: 29.8 billion crowns");
    assertThat(reasons("About half a million people fled the region."))
        .contains("figure: About half a million people");
  }

  @Test
  void a_bare_small_number_counts_for_less_than_a_figure() {
    CheckWorthySentence small = scored("The committee met 5 times behind closed doors.");
    CheckWorthySentence figure = scored("The committee met 500 times behind closed doors.");
    assertThat(reasons(small.sentence().text())).contains("small number: 5");
    assertThat(reasons(figure.sentence().text())).contains("figure: 500");
    assertThat(small.score()).isLessThan(figure.score());
  }

  @Test
  void dates_fire_for_years_dated_months_and_relative_periods_but_the_day_is_no_figure() {
    assertThat(reasons("The treaty was signed in 2014 by both parties.")).contains("date: 2014");
    assertThat(reasons("The report appeared on 14 March with new tables."))
        .contains("date: 14 March")
        .noneMatch(r -> r.startsWith("small number") || r.startsWith("figure"));
    assertThat(reasons("Prices have risen steadily since last year.")).contains("date: last year");
  }

  @Test
  void comparisons_and_superlatives_fire() {
    assertThat(reasons("Real wages are higher than they were in the spring."))
        .contains("comparison: higher than");
    // the first cue in the sentence is the one named
    assertThat(reasons("Wages grew faster than prices for nine months."))
        .contains("comparison: grew");
    assertThat(reasons("The government has borrowed more than its predecessors."))
        .contains("comparison: more than");
    assertThat(reasons("It is the largest army in the region and the deadliest war in memory."))
        .contains("superlative: largest");
    assertThat(reasons("The plan is more of a wish rather than a budget."))
        .noneMatch(r -> r.equals("comparison: rather than"));
  }

  @Test
  void attributed_speech_and_quoted_words_fire() {
    assertThat(reasons("According to the statistics office, the economy shrank."))
        .contains("attribution: According to");
    assertThat(reasons("The spokesman told reporters that the count was complete."))
        .contains("attribution: told reporters");
    assertThat(reasons("The minister called the figures \"conservative and well documented.\""))
        .contains("quoted words");
    assertThat(reasons("She called it “a disgrace” on air.")).contains("quoted words");
    assertThat(reasons("The so-called \"reform\" is unchanged.")).doesNotContain("quoted words");
  }

  @Test
  void institutions_and_named_actors_fire() {
    assertThat(reasons("The Ministry of Defence released the totals on Friday."))
        .contains("institution: Ministry of Defence");
    assertThat(reasons("Officials at NATO disputed the totals.")).contains("institution: NATO");
    assertThat(reasons("An analysis by the Institute for Strategic Studies disagrees."))
        .contains("institution: Institute for Strategic Studies")
        .noneMatch(r -> r.startsWith("named"));
    assertThat(reasons("Yesterday the analyst Mira Okafor disputed the totals."))
        .contains("named: Mira Okafor");
    // the first word of a sentence is capitalised anyway
    assertThat(reasons("Western estimates were disputed by the analysts."))
        .noneMatch(r -> r.startsWith("named"));
  }

  @Test
  void votes_and_laws_fire() {
    assertThat(reasons("The house passed the bill after a long night."))
        .contains("vote or law: passed the bill");
    assertThat(reasons("The Senate rejected the plan by 54 votes to 41."))
        .contains("vote or law: rejected");
    assertThat(reasons("The president vetoed the measure within hours."))
        .contains("vote or law: vetoed");
    assertThat(reasons("The Freedom of Information Act covers the ministry."))
        .anyMatch(r -> r.startsWith("vote or law"));
  }

  @Test
  void opinion_speculation_questions_short_and_procedural_lines_lower_the_score() {
    assertThat(reasons("I think the public deserves a clearer answer."))
        .contains("opinion: I think");
    assertThat(reasons("In my view the ministry should publish its method."))
        .contains("opinion: In my view");
    assertThat(reasons("The totals could rise again next month.")).contains("speculation: could");
    assertThat(reasons("Did the ministry revise its tables last year?")).contains("question");
    assertThat(reasons("Clear the lobbies.")).contains("short: 3 words");
    assertThat(reasons("Good evening and welcome to the debate on the budget."))
        .contains("procedural: Good evening");
    assertThat(reasons("Thank you, Madam Speaker, for calling me today."))
        .contains("procedural: Thank you");
    assertThat(reasons("Order, order. We begin.")).contains("procedural: Order, order");
  }

  @Test
  void every_damper_lowers_the_score_of_the_same_statement() {
    double plain = scored("Defence spending reached 6.3% of GDP this year.").score();
    assertThat(scored("I think defence spending reached 6.3% of GDP this year.").score())
        .isLessThan(plain);
    assertThat(scored("Defence spending may have reached 6.3% of GDP this year.").score())
        .isLessThan(plain);
    assertThat(scored("Has defence spending reached 6.3% of GDP this year?").score())
        .isLessThan(plain);
    assertThat(scored("Thank you, defence spending reached 6.3% of GDP this year.").score())
        .isLessThan(plain);
    assertThat(scored("I think defence spending reached 6.3% of GDP this year.").reasons())
        .anyMatch(r -> r.startsWith("opinion: I think \u2212"))
        .allMatch(r -> CheckWorthiness.lowersScore(r) == r.startsWith("opinion"));
    assertThat(CheckWorthiness.lowersScore("question \u22120.5")).isTrue();
    assertThat(CheckWorthiness.lowersScore("percentage: 6.3% +1.2")).isFalse();
  }

  @Test
  void may_the_month_is_a_date_and_may_the_verb_is_speculation() {
    assertThat(reasons("The figures were published in May by the statistics office."))
        .contains("date: in May")
        .noneMatch(r -> r.startsWith("speculation"));
    assertThat(reasons("The figures may be revised by the statistics office."))
        .contains("speculation: may");
  }

  @Test
  void a_sentence_with_no_evidence_scores_the_baseline_and_gives_no_reasons() {
    CheckWorthySentence c = scored("The meeting went on into the evening without a break.");
    assertThat(c.reasons()).isEmpty();
    assertThat(c.contributions()).extracting(Contribution::feature).containsExactly("baseline");
    assertThat(c.score())
        .isCloseTo(1 / (1 + Math.exp(-CheckWorthinessV2.scorer().intercept)), within(1e-12));
    assertThat(c.score()).isLessThan(0.06);
    assertThat(c.speaker()).isNull();
  }

  @Test
  void scores_stay_between_zero_and_one() {
    CheckWorthySentence best =
        scored(
            "According to the Ministry of Defence, Senator Anna Hale said the Senate voted to cut"
                + " spending by 6.3% to $4.2bn in 2024, the largest cut since 1991.");
    CheckWorthySentence worst = scored("Thank you, I think perhaps?");
    assertThat(best.score()).isBetween(0.0, 1.0).isGreaterThan(0.5);
    assertThat(worst.score()).isBetween(0.0, 1.0).isLessThan(0.01);
  }

  @Test
  void a_factual_statistic_outranks_an_opinion() {
    String text =
        "I think the public deserves a clearer answer on where the money went. According to the"
            + " statistics office, inflation fell to 2.4 percent in October.";
    List<CheckWorthySentence> ranked = CheckWorthinessV2.rank(text);
    assertThat(ranked).hasSize(2);
    assertThat(ranked.get(0).sentence().text()).startsWith("According to");
    assertThat(ranked.get(0).score()).isGreaterThan(0.06);
    assertThat(ranked.get(1).score()).isLessThan(0.06);
  }

  @Test
  void equal_scores_keep_reading_order() {
    String text = "The hall was full. The hall was quiet. The hall was cold.";
    assertThat(CheckWorthinessV2.rank(text))
        .extracting(c -> c.sentence().text())
        .containsExactly("The hall was full.", "The hall was quiet.", "The hall was cold.");
  }

  @Test
  void scoring_is_deterministic() throws Exception {
    String text = SuggestionRecallTest.resource("briefing.txt");
    List<CheckWorthySentence> first = CheckWorthinessV2.rank(text);
    for (int i = 0; i < 5; i++) {
      assertThat(CheckWorthinessV2.rank(text)).isEqualTo(first);
    }
  }

  @Test
  void explanations_sum_to_the_score_and_list_the_largest_effects_first() throws Exception {
    for (String doc : SuggestionRecallTest.DOCUMENTS) {
      for (CheckWorthySentence c :
          CheckWorthinessV2.rank(SuggestionRecallTest.resource(doc + ".txt"))) {
        assertThat(1 / (1 + Math.exp(-c.logit()))).isCloseTo(c.score(), within(1e-9));
        assertThat(c.contributions().get(0).baseline()).isTrue();
        List<Double> magnitudes =
            c.contributions().stream()
                .filter(k -> !k.baseline() && Math.abs(k.value()) >= 0.05)
                .map(k -> Math.abs(k.value()))
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        assertThat(c.reasons()).hasSize(magnitudes.size()).noneMatch(r -> r.startsWith("baseline"));
      }
    }
    CheckWorthySentence c = scored("According to the statistics office, inflation fell to 2.4%.");
    assertThat(c.reasons())
        .first()
        .isEqualTo(
            "percentage: 2.4% +"
                + String.format(
                    java.util.Locale.ROOT,
                    "%.1f",
                    CheckWorthinessV2.scorer().weight(Feature.PERCENTAGE)));
  }

  @Test
  void sentences_of_a_transcript_know_their_speaker_and_turn() {
    String text =
        """
        [00:00:05] HOLT: Good evening. Tonight we talk about jobs. What will you do?
        [00:00:12] TRUMP: We have lost 70,000 factories since 2001. It is a disaster.
        [00:00:20] HOLT: Secretary Clinton, how would you answer that? Is it true?
        [00:00:25] CLINTON: Unemployment fell to 4.9% last year.
        """;
    List<CheckWorthySentence> ranked = CheckWorthinessV2.rank(text);
    assertThat(ranked).allMatch(c -> c.speaker() != null);
    CheckWorthySentence factories =
        ranked.stream()
            .filter(c -> c.sentence().text().startsWith("We have lost"))
            .findFirst()
            .orElseThrow();
    assertThat(factories.speaker()).isEqualTo("TRUMP");
    assertThat(factories.reasons()).anyMatch(r -> r.startsWith("first sentence of a turn"));
    CheckWorthySentence question =
        ranked.stream()
            .filter(c -> c.sentence().text().startsWith("What will you do"))
            .findFirst()
            .orElseThrow();
    assertThat(question.speaker()).isEqualTo("HOLT");
    assertThat(question.reasons()).anyMatch(r -> r.startsWith("questioner's turn: HOLT"));
    assertThat(ranked.get(0).speaker()).isIn("TRUMP", "CLINTON");
    assertThat(CheckWorthinessV2.rank("Unemployment fell to 4.9% last year."))
        .allMatch(c -> c.speaker() == null);
  }

  @Test
  void audience_reactions_are_recognised() {
    assertThat(Cues.isAudience("(APPLAUSE)", "SYSTEM")).isTrue();
    assertThat(Cues.isAudience("[Laughter]", null)).isTrue();
    assertThat(Cues.isAudience("Thank you.", "AUDIENCE MEMBERS")).isTrue();
    assertThat(Cues.isAudience("Thank you (very much).", "TRUMP")).isFalse();
  }

  @Test
  void the_hand_weighted_scorer_of_version_1_is_kept_for_comparison() {
    String plain = "The meeting went on into the evening without a break.";
    assertThat(HandWeightedCheckWorthiness.score(new Sentence(0, plain.length(), plain)).score())
        .isCloseTo(1 / (1 + Math.exp(1.5)), within(1e-12));
    String figure = "Defence spending reached 6.3% of GDP.";
    assertThat(
            HandWeightedCheckWorthiness.score(new Sentence(0, figure.length(), figure)).reasons())
        .containsExactly("percentage: 6.3% +1.8");
  }
}
