package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.factbench.assist.CheckWorthinessTraining.Debate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Version 2 of check-worthiness (cue weights learned on the CLEF 2019 debates in ../shared/data),
 * kept for comparison: it must beat random order on a debate it was not trained on, explain its
 * scores exactly, and be what its weights file holds. Fails when the debates are not there.
 */
class LearnedCheckWorthinessTest {

  static List<Debate> debates;

  @BeforeAll
  static void load() throws Exception {
    assertThat(CheckWorthinessTraining.available())
        .as(
            "the CLEF 2019 training debates at %s (see docs/check-worthiness.md)",
            CheckWorthinessTraining.DATA.toAbsolutePath())
        .isTrue();
    debates = CheckWorthinessTraining.debates();
  }

  private static Debate named(String name) {
    return debates.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void a_model_trained_on_a_few_debates_ranks_another_far_better_than_random_order() {
    List<Debate> train =
        List.of(
            named("20160209_msnbc_dem"),
            named("20160926_1pres"),
            named("20161005_vice_pres"),
            named("20161010_2pres"),
            named("20170228_trump_address"));
    Debate held = named("20161019_3pres");
    Scorer model = CheckWorthinessTraining.train(train);

    double learned =
        CheckWorthinessTraining.averagePrecision(
            CheckWorthinessTraining.ranked(held, CheckWorthinessTraining.scores(model, held)));
    double random = 0;
    for (int seed = 0; seed < 20; seed++) {
      random +=
          CheckWorthinessTraining.averagePrecision(CheckWorthinessTraining.shuffled(held, seed))
              / 20;
    }
    assertThat(learned).as("MAP learned vs random %.3f", random).isGreaterThan(2 * random);
    assertThat(learned - random).isGreaterThan(0.05);
  }

  @Test
  void explanations_sum_to_the_score_on_a_held_out_debate() {
    Debate held = named("20170216_trump_press");
    Scorer model = CheckWorthinessTraining.train(List.of(named("20160926_1pres")));
    for (int i = 0; i < held.lines().size(); i++) {
      String text = held.lines().get(i).text();
      CheckWorthySentence c =
          model.score(
              new Sentence(0, text.length(), text),
              held.lines().get(i).speaker(),
              held.features().get(i));
      assertThat(1 / (1 + Math.exp(-c.logit()))).isCloseTo(c.score(), within(1e-9));
      assertThat(c.logit()).isCloseTo(model.logit(held.features().get(i)), within(1e-9));
    }
  }

  @Test
  void the_shipped_weights_are_what_training_on_the_shared_debates_gives() throws Exception {
    String trained = CheckWorthinessTraining.train(debates).format();
    String shipped = Files.readString(CheckWorthinessTraining.WEIGHTS, StandardCharsets.UTF_8);
    assertThat(shipped)
        .as("retrain with ./mvnw -Ptrain test and commit the weights file")
        .isEqualTo(trained);
    assertThat(Scorer.parse(shipped).format()).isEqualTo(shipped);
    assertThat(CheckWorthinessTraining.train(debates).format()).isEqualTo(trained);
  }
}
