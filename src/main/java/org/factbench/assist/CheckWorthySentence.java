package org.factbench.assist;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its check-worthiness: its speaker in a transcript (null outside transcripts), a
 * score in [0, 1] (a calibrated probability in version 3), the contributions that add up to the
 * score's logit, the baseline included: {@code score == 1 / (1 + e^-logit())}, and the labelled
 * example nearest in meaning that explains the learned part of the score (null when there is none,
 * as with the versions before 3). See {@link CheckWorthiness}.
 */
public record CheckWorthySentence(
    Sentence sentence,
    String speaker,
    double score,
    List<Contribution> contributions,
    LabelledExample example) {

  /** Contributions smaller than this (in absolute value) are left out of the reasons. */
  public static final double NEGLIGIBLE = 0.05;

  /** Best score first; equal scores in reading order. */
  static final Comparator<CheckWorthySentence> BEST_FIRST =
      Comparator.comparingDouble(CheckWorthySentence::score)
          .reversed()
          .thenComparingInt(c -> c.sentence().start());

  private static final Comparator<Contribution> LARGEST_FIRST =
      Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value()))
          .thenComparing(Contribution::label);

  public CheckWorthySentence {
    Objects.requireNonNull(sentence, "sentence");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    contributions = List.copyOf(contributions);
  }

  /** The sum of the contributions: the log-odds the score is the logistic function of. */
  public double logit() {
    double sum = 0;
    for (Contribution c : contributions) {
      sum += c.value();
    }
    return sum;
  }

  /**
   * The evidence in words, largest effect first, without the baseline and negligible ones:
   * "percentage: 6.3% +1.4", "questioner's turn: HOLT −2.1".
   */
  public List<String> reasons() {
    return contributions.stream()
        .filter(c -> !c.baseline() && Math.abs(c.value()) >= NEGLIGIBLE)
        .sorted(LARGEST_FIRST)
        .map(Contribution::reason)
        .toList();
  }

  /** Whether the score is above {@link CheckWorthiness#THRESHOLD}: the sentence is suggested. */
  public boolean suggested() {
    return score > CheckWorthiness.THRESHOLD;
  }
}
