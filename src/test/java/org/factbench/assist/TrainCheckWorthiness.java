package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Retrains the check-worthiness weights on all the CLEF 2019 debates and writes them to
 * src/main/resources/assist/checkworthiness-weights.properties. Run with {@code ./mvnw -Ptrain
 * test}; the same data always gives the same file, byte for byte.
 */
@Tag("train")
class TrainCheckWorthiness {

  @Test
  void writes_the_weights_learned_from_the_shared_debates() throws Exception {
    assertThat(CheckWorthinessTraining.available())
        .as("the training debates at %s", CheckWorthinessTraining.DATA.toAbsolutePath())
        .isTrue();
    Scorer s = CheckWorthinessTraining.train(CheckWorthinessTraining.debates());
    Files.createDirectories(CheckWorthinessTraining.WEIGHTS.getParent());
    Files.writeString(CheckWorthinessTraining.WEIGHTS, s.format(), StandardCharsets.UTF_8);
    System.out.print(s.format());
  }
}
