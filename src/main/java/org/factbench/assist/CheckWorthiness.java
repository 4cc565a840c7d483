package org.factbench.assist;

import java.util.List;

/**
 * Scores how worth checking a sentence is with weights learned from what professional fact-checkers
 * chose to check (CLEF 2019 CheckThat! debates, see docs/check-worthiness.md): a logistic
 * regression over transparent, named features ({@code Cues}), so that {@code score = 1 / (1 +
 * e^-logit)} where the logit is the sum of the sentence's contributions: a baseline plus one weight
 * per feature found (a figure, a percentage, a date, an attribution, an opinion, a question, a
 * questioner's turn, the first sentence of a turn...). The weights ship in {@value
 * #WEIGHTS_RESOURCE}, loaded once on first use. Deterministic: the same text always gets the same
 * scores and reasons.
 */
public final class CheckWorthiness {

  private CheckWorthiness() {}

  /** The version of the features and weights; bump it when scoring changes. */
  public static final int VERSION = 2;

  /**
   * A sentence scoring above this is suggested for checking: the threshold with the best F1 over
   * the pooled leave-one-debate-out scores of the training debates (precision 0.135, recall 0.30,
   * about 6% of sentences suggested against a base rate of 2.7%); see
   * docs/decisions/0009-learned-check-worthiness.md.
   */
  public static final double THRESHOLD = 0.06;

  /** The learned weights on the classpath. */
  public static final String WEIGHTS_RESOURCE = "assist/checkworthiness-weights.properties";

  private static final class Learned {
    static final Scorer INSTANCE = load();

    private static Scorer load() {
      Scorer s = Scorer.load(WEIGHTS_RESOURCE);
      if (s.modelVersion != VERSION) {
        throw new IllegalStateException(
            WEIGHTS_RESOURCE + " holds model version " + s.modelVersion + ", expected " + VERSION);
      }
      return s;
    }
  }

  static Scorer scorer() {
    return Learned.INSTANCE;
  }

  /**
   * The sentences of {@code text}, best first, equal scores in reading order; in a transcript each
   * knows its speaker ({@link Turns}).
   */
  public static List<CheckWorthySentence> rank(String text) {
    return Learned.INSTANCE.rank(text);
  }

  /** The score of one sentence on its own, outside any transcript. */
  public static CheckWorthySentence score(Sentence sentence) {
    return Learned.INSTANCE.score(sentence, Cues.Context.NONE);
  }

  /** Whether a reason lowers the score: its value is negative ("question −1.5"). */
  public static boolean lowersScore(String reason) {
    int space = reason.lastIndexOf(' ');
    return space >= 0 && space + 1 < reason.length() && reason.charAt(space + 1) == '\u2212';
  }
}
