package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factbench.assist.embed.EmbeddingModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full retraining, run with {@code ./mvnw -Ptrain test}: version 3 on all the training debates
 * (config chosen by an inner split, Platt calibration on out-of-fold scores), its example
 * sentences, the subset model that the build checks for reproducibility, and the version 2 weights
 * kept for comparison. Writes:
 *
 * <ul>
 *   <li>{@code src/main/resources/assist/checkworthiness-model.txt}
 *   <li>{@code src/main/resources/assist/checkworthiness-examples.tsv}
 *   <li>{@code src/test/resources/assist/checkworthiness-subset-model.txt}
 *   <li>{@code src/main/resources/assist/checkworthiness-weights.properties} (version 2)
 * </ul>
 *
 * The same data always gives the same files, byte for byte.
 */
@Tag("train")
class TrainCheckWorthiness {

  static final Path MAIN = Path.of("src/main/resources");

  @Test
  void writes_the_model_learned_from_the_shared_debates() throws Exception {
    long start = System.nanoTime();
    Corpus corpus = Corpus.load();
    String embedding = EmbeddingModels.MINILM_L6_V2_Q.name();
    FinalTraining.Result result =
        FinalTraining.train(
            corpus.training(), null, FinalTraining.PLATT_FOLDS, embedding, System.out);
    write(MAIN.resolve(CheckWorthiness.MODEL_RESOURCE), result.model().format());
    write(
        MAIN.resolve(CheckWorthiness.EXAMPLES_RESOURCE),
        FinalTraining.examples(corpus.training(), result.model()));
    FinalTraining.thresholds(result.outOfFold(), System.out);
    System.out.printf(
        "[train] full model written after %.0f s%n", (System.nanoTime() - start) / 1e9);

    write(SubsetModel.FILE, SubsetModel.train(corpus.clef2019()).format());

    Scorer v2 = CheckWorthinessTraining.train(CheckWorthinessTraining.debates());
    write(CheckWorthinessTraining.WEIGHTS, v2.format());
    System.out.printf("[train] done in %.0f s%n", (System.nanoTime() - start) / 1e9);
    assertThat(CheckWorthinessModel.parse(result.model().format()).format())
        .isEqualTo(result.model().format());
  }

  private static void write(Path file, String content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    System.out.printf("[train] wrote %s (%,d bytes)%n", file, content.length());
  }
}
