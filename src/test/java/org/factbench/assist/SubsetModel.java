package org.factbench.assist;

import java.nio.file.Path;
import java.util.List;
import org.factbench.assist.CheckWorthinessData.Debate;
import org.factbench.assist.embed.EmbeddingModels;

/**
 * The documented small subset whose retraining the build repeats to show that training is
 * reproducible byte for byte: six short CLEF 2019 debates (1,298 lines, 86 check-worthy), the fixed
 * config {@link ModelTraining.Config#DEFAULT} (no inner choice), Platt calibration on two folds.
 */
final class SubsetModel {

  private SubsetModel() {}

  static final List<String> DEBATES =
      List.of(
          "20160722_trump_acceptance",
          "20170228_trump_address",
          "20170601_paris_climate_n",
          "20181010_medicare",
          "20182601_trump_world",
          "20190108_oval_office");

  static final int PLATT_FOLDS = 2;

  static final Path FILE = Path.of("src/test/resources/assist/checkworthiness-subset-model.txt");

  /** The subset model, trained on the subset's debates among {@code clef2019}. */
  static CheckWorthinessModel train(List<Debate> clef2019) {
    List<Debate> subset = clef2019.stream().filter(d -> DEBATES.contains(d.name())).toList();
    if (subset.size() != DEBATES.size()) {
      throw new IllegalStateException("the subset debates are not all there: " + DEBATES);
    }
    return FinalTraining.train(
            subset,
            ModelTraining.Config.DEFAULT,
            PLATT_FOLDS,
            EmbeddingModels.MINILM_L6_V2_Q.name(),
            null)
        .model();
  }
}
