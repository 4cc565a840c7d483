package org.factbench.assist;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factbench.assist.CheckWorthinessTraining.Debate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-debate-out evaluation on the CLEF 2019 debates: each debate is ranked by a model
 * trained on the other 18, by the hand-weighted scorer of version 1, and in random order (the mean
 * of {@link #SHUFFLES} seeded shuffles); prints MAP, P@10 and R-precision per debate and their
 * means, and precision, recall and F1 over all lines at a range of thresholds on the learned score.
 * Asserts nothing. Run with {@code ./mvnw -Pbenchmark test -Dtest=CheckWorthinessEvaluation}; add
 * {@code -Dassist.eval.sweep=true} to compare regularisation strengths and class weights.
 */
@Tag("benchmark")
class CheckWorthinessEvaluation {

  static final int SHUFFLES = 20;

  record Row(String name, double[] learned, double[] hand, double[] random) {}

  @Test
  void leave_one_debate_out() throws Exception {
    assumeThat(CheckWorthinessTraining.available())
        .as("training debates at %s", CheckWorthinessTraining.DATA.toAbsolutePath())
        .isTrue();
    List<Debate> debates = CheckWorthinessTraining.debates();
    if (Boolean.getBoolean("assist.eval.sweep")) {
      for (double c : new double[] {0.01, 0.1, 1, 10}) {
        for (double pw : new double[] {1, 5, 36}) {
          double[] mean = mean(evaluate(debates, c, pw, false));
          System.out.printf(
              Locale.ROOT,
              "[eval] C=%-5s positive weight %-3s MAP %.3f P@10 %.3f R-prec %.3f%n",
              c,
              pw,
              mean[0],
              mean[1],
              mean[2]);
        }
      }
    }
    List<Row> rows =
        evaluate(debates, CheckWorthinessTraining.C, CheckWorthinessTraining.POSITIVE_WEIGHT, true);
    System.out.printf(
        "%n[eval] leave-one-debate-out, %d debates; %s%n",
        debates.size(), CheckWorthinessTraining.DESCRIPTION);
    System.out.printf(
        "[eval] %-28s %5s %5s | %-19s | %-19s | %-19s%n",
        "debate", "lines", "pos", "learned MAP P@10 R", "hand MAP P@10 R", "random MAP P@10 R");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Debate d = debates.get(i);
      System.out.printf(
          Locale.ROOT,
          "[eval] %-28s %5d %5d | %s | %s | %s%n",
          r.name(),
          d.lines().size(),
          d.positives(),
          triple(r.learned()),
          triple(r.hand()),
          triple(r.random()));
    }
    double[][] means = {mean(rows, 0), mean(rows, 1), mean(rows, 2)};
    System.out.printf(
        Locale.ROOT,
        "[eval] %-28s %5s %5s | %s | %s | %s%n",
        "mean",
        "",
        "",
        triple(means[0]),
        triple(means[1]),
        triple(means[2]));
  }

  private static String triple(double[] m) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", m[0], m[1], m[2]);
  }

  static List<Row> evaluate(List<Debate> debates, double c, double pw, boolean thresholds) {
    List<Row> rows = new ArrayList<>();
    List<double[]> pooled = new ArrayList<>(); // score, label
    for (int i = 0; i < debates.size(); i++) {
      Debate held = debates.get(i);
      List<Debate> rest = new ArrayList<>(debates);
      rest.remove(i);
      Scorer learned = CheckWorthinessTraining.train(rest, c, pw);
      double[] scores = CheckWorthinessTraining.scores(learned, held);
      double[] learnedMeasures = measures(CheckWorthinessTraining.ranked(held, scores));
      double[] hand =
          measures(
              CheckWorthinessTraining.ranked(
                  held, CheckWorthinessTraining.scores(HandWeightedCheckWorthiness.SCORER, held)));
      double[] random = new double[3];
      for (int s = 0; s < SHUFFLES; s++) {
        double[] m = measures(CheckWorthinessTraining.shuffled(held, 1000 + s));
        for (int k = 0; k < 3; k++) {
          random[k] += m[k] / SHUFFLES;
        }
      }
      rows.add(new Row(held.name(), learnedMeasures, hand, random));
      for (int j = 0; j < scores.length; j++) {
        pooled.add(new double[] {Scorer.logistic(scores[j]), held.lines().get(j).worthy() ? 1 : 0});
      }
    }
    if (thresholds) {
      for (double t = 0.02; t < 0.31; t += 0.02) {
        int tp = 0;
        int suggested = 0;
        int positives = 0;
        for (double[] p : pooled) {
          boolean s = p[0] > t;
          if (s) {
            suggested++;
          }
          if (p[1] == 1) {
            positives++;
            if (s) {
              tp++;
            }
          }
        }
        double precision = suggested == 0 ? 0 : (double) tp / suggested;
        double recall = (double) tp / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(
            Locale.ROOT,
            "[eval] threshold %.2f: suggested %5d, precision %.3f, recall %.3f, F1 %.3f%n",
            t,
            suggested,
            precision,
            recall,
            f1);
      }
    }
    return rows;
  }

  static double[] measures(boolean[] ranked) {
    return new double[] {
      CheckWorthinessTraining.averagePrecision(ranked),
      CheckWorthinessTraining.precisionAt(ranked, 10),
      CheckWorthinessTraining.rPrecision(ranked)
    };
  }

  static double[] mean(List<Row> rows) {
    return mean(rows, 0);
  }

  private static double[] mean(List<Row> rows, int which) {
    double[] m = new double[3];
    for (Row r : rows) {
      double[] v = which == 0 ? r.learned() : which == 1 ? r.hand() : r.random();
      for (int k = 0; k < 3; k++) {
        m[k] += v[k] / rows.size();
      }
    }
    return m;
  }
}
