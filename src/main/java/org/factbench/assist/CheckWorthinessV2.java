package org.factbench.assist;

import java.util.List;

/**
 * Check-worthiness version 2, kept to compare version 3 against: logistic regression over the named
 * cues only ({@link Feature}), learned from the CLEF 2019 training debates (liblinear, C = 0.1),
 * weights in {@value #WEIGHTS_RESOURCE}. Not calibrated; it needs no sentence vectors.
 */
public final class CheckWorthinessV2 {

  private CheckWorthinessV2() {}

  /** The version of the scores this scorer gave as {@code CheckWorthiness} version 2. */
  public static final int VERSION = 2;

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

  /** The sentences of {@code text}, best first; equal scores in reading order. */
  public static List<CheckWorthySentence> rank(String text) {
    return Learned.INSTANCE.rank(text);
  }

  /** The score of one sentence on its own, outside any transcript. */
  public static CheckWorthySentence score(Sentence sentence) {
    return Learned.INSTANCE.score(sentence, Cues.Context.NONE);
  }
}
