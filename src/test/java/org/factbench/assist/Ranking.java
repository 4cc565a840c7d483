package org.factbench.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Ranking measures: average precision, precision at k, R-precision; random orders. */
final class Ranking {

  private Ranking() {}

  /** The labels, best-scored first; equal scores in line order. */
  static boolean[] ranked(boolean[] labels, double[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> a.equals(b) ? 0 : Double.compare(scores[b], scores[a]));
    boolean[] out = new boolean[scores.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels[order.get(i)];
    }
    return out;
  }

  /** The labels in a random order from {@code seed}. */
  static boolean[] shuffled(boolean[] labels, long seed) {
    List<Boolean> l = new ArrayList<>();
    for (boolean b : labels) {
      l.add(b);
    }
    Collections.shuffle(l, new Random(seed));
    boolean[] out = new boolean[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = l.get(i);
    }
    return out;
  }

  static double averagePrecision(boolean[] ranked) {
    return CheckWorthinessTraining.averagePrecision(ranked);
  }

  static double precisionAt(boolean[] ranked, int k) {
    return CheckWorthinessTraining.precisionAt(ranked, k);
  }

  static double rPrecision(boolean[] ranked) {
    return CheckWorthinessTraining.rPrecision(ranked);
  }

  /** MAP (here AP), P@10 and R-precision of one ranking. */
  static double[] measures(boolean[] ranked) {
    return new double[] {averagePrecision(ranked), precisionAt(ranked, 10), rPrecision(ranked)};
  }

  /** The measures of random order: the mean over {@code shuffles} seeded shuffles. */
  static double[] random(boolean[] labels, int shuffles) {
    double[] m = new double[3];
    for (int s = 0; s < shuffles; s++) {
      double[] r = measures(shuffled(labels, 1000 + s));
      for (int k = 0; k < 3; k++) {
        m[k] += r[k] / shuffles;
      }
    }
    return m;
  }
}
