package org.factbench.assist;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its check-worthiness: a score in [0, 1] and the evidence behind it, in words a
 * reader can check against the sentence ("percentage: 6.3%", "attribution: according to", "opinion:
 * I think"). See {@link CheckWorthiness} for what each reason weighs.
 */
public record CheckWorthySentence(Sentence sentence, double score, List<String> reasons) {

  public CheckWorthySentence {
    Objects.requireNonNull(sentence, "sentence");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }

  /** Whether the score is above {@link CheckWorthiness#THRESHOLD}: the sentence is suggested. */
  public boolean suggested() {
    return score > CheckWorthiness.THRESHOLD;
  }
}
