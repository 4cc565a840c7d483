package org.factbench.assist;

import java.util.List;

/**
 * The hand-weighted check-worthiness scorer of version 1, kept to compare the learned one against:
 * the same features, with weights set by hand rather than learned (a percentage +1.8, an opinion
 * -1.6, a question -1.5...); it knows nothing of speakers and turns.
 */
public final class HandWeightedCheckWorthiness {

  private HandWeightedCheckWorthiness() {}

  /** The version of the scores this scorer gave as {@code CheckWorthiness} version 1. */
  public static final int VERSION = 1;

  static final Scorer SCORER =
      new Scorer(VERSION, Cues.FEATURE_SET_VERSION, "hand-set", -1.5, weights());

  private static double[] weights() {
    double[] w = new double[Feature.values().length];
    w[Feature.PERCENTAGE.ordinal()] = 1.8;
    w[Feature.MONEY.ordinal()] = 1.8;
    w[Feature.FIGURE.ordinal()] = 1.6;
    w[Feature.SMALL_NUMBER.ordinal()] = 0.6;
    w[Feature.DATE.ordinal()] = 0.6;
    w[Feature.COMPARISON.ordinal()] = 0.8;
    w[Feature.SUPERLATIVE.ordinal()] = 0.9;
    w[Feature.ATTRIBUTION.ordinal()] = 0.8;
    w[Feature.QUOTED.ordinal()] = 0.4;
    w[Feature.INSTITUTION.ordinal()] = 0.9;
    w[Feature.NAMED.ordinal()] = 0.6;
    w[Feature.VOTE_OR_LAW.ordinal()] = 1.0;
    w[Feature.OPINION.ordinal()] = -1.6;
    w[Feature.SPECULATION.ordinal()] = -0.9;
    w[Feature.QUESTION.ordinal()] = -1.5;
    w[Feature.SHORT.ordinal()] = -1.5;
    w[Feature.PROCEDURAL.ordinal()] = -2.5;
    return w;
  }

  /** The sentences of {@code text}, best first; equal scores in reading order. */
  public static List<CheckWorthySentence> rank(String text) {
    return SCORER.rank(text);
  }

  /** The score of one sentence, outside any transcript. */
  public static CheckWorthySentence score(Sentence sentence) {
    return SCORER.score(sentence, Cues.Context.NONE);
  }
}
