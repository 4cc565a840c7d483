package org.factbench.assist.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

  static SentenceEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = EmbeddingModels.load(EmbeddingModels.MINILM_L6_V2_Q, 2);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void the_model_loads_from_the_jar_and_gives_unit_vectors_of_its_dimensions() {
    float[] v = embedder.embed("Vaccines do not cause autism.");
    assertThat(v).hasSize(384);
    assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(embedder.model()).isEqualTo("all-minilm-l6-v2-q/1");
  }

  @Test
  void sentences_that_mean_the_same_are_nearer_than_sentences_that_look_alike() {
    float[][] v =
        embedder.embed(
            List.of(
                "Russia has lost between 180,000 and 220,000 soldiers in the war.",
                "Moscow's military dead number 180 to 220 thousand, officials estimate.",
                "Russia has lost between 180,000 and 220,000 tonnes of grain exports."));
    assertThat(dot(v[0], v[1])).isGreaterThan(0.5);
    assertThat(embedder.embed(List.of("Same input, same output.")))
        .isDeepEqualTo(embedder.embed(List.of("Same input, same output.")));
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[1], v[2]));
  }

  /**
   * The quantised model quantises activations per batch, so a sentence's vector depends slightly on
   * its batch mates; the meaning must not.
   */
  @Test
  void a_batch_gives_nearly_the_same_vectors_as_one_sentence_at_a_time_in_the_order_given() {
    List<String> texts =
        List.of("A short one.", "", "A much longer sentence about defence budgets and GDP shares.");
    float[][] batch = embedder.embed(texts);
    assertThat(batch[1]).containsOnly(0f);
    for (int i : new int[] {0, 2}) {
      assertThat(dot(batch[i], embedder.embed(texts.get(i)))).isGreaterThan(0.98);
    }
  }
}
