package org.factbench.assist;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.factbench.assist.CheckWorthinessData.Dataset;
import org.factbench.assist.CheckWorthinessData.Debate;
import org.factbench.assist.ModelTraining.Config;
import org.factbench.assist.ModelTraining.Trained;

/**
 * Trains the model the application ships: the config chosen by an inner split of the training
 * debates (or a fixed one), Platt calibration fitted on out-of-fold scores of the fact-checkers'
 * debates, one fit on all the debates, exported with the calibration folded in; and the example
 * sentences that explain its scores.
 */
final class FinalTraining {

  private FinalTraining() {}

  /** Folds of the cross-fitting that gives the out-of-fold scores for calibration. */
  static final int PLATT_FOLDS = 4;

  /** Checked and passed-over example sentences kept for explanations, at most. */
  static final int CHECKED_EXAMPLES = 300;

  static final int PASSED_EXAMPLES = 150;

  /** Two examples more alike than this (cosine) are one too many. */
  static final double EXAMPLES_DISTINCT = 0.8;

  /** The target of the config choice: the debates whose labels are fact-checkers' choices. */
  static final Predicate<Debate> FACT_CHECKERS = d -> d.dataset().factCheckers();

  record Result(
      CheckWorthinessModel model,
      Trained trained,
      double[] platt,
      List<double[]> outOfFold, // calibrated probability, label
      String description) {}

  static Result train(
      List<Debate> debates, Config fixed, int plattFolds, String embeddingModel, PrintStream log) {
    Config config = fixed != null ? fixed : ModelTraining.select(debates, FACT_CHECKERS, log);
    List<double[]> pairs = new ArrayList<>();
    double[] platt = ModelTraining.platt(debates, config, plattFolds, pairs);
    Trained t = ModelTraining.fit(debates, config);
    List<double[]> outOfFold = new ArrayList<>();
    for (double[] p : pairs) {
      outOfFold.add(new double[] {Scorer.logistic(platt[0] * p[0] + platt[1]), p[1]});
    }
    String description =
        describe(debates)
            + "; "
            + config
            + String.format(Locale.ROOT, "; Platt a=%.6f b=%.6f", platt[0], platt[1]);
    if (log != null) {
      log.printf(
          Locale.ROOT,
          "[train] %s%n[train] fit: %d iterations%n",
          description,
          t.fit().iterations());
    }
    return new Result(
        ModelTraining.export(t, platt, embeddingModel, description),
        t,
        platt,
        outOfFold,
        description);
  }

  static String describe(List<Debate> debates) {
    List<String> parts = new ArrayList<>();
    for (Dataset set : Dataset.values()) {
      List<Debate> of = debates.stream().filter(d -> d.dataset() == set).toList();
      if (!of.isEmpty()) {
        parts.add(
            String.format(
                Locale.ROOT,
                "%s %d debates %d lines %d check-worthy",
                set.id,
                of.size(),
                of.stream().mapToInt(d -> d.lines().size()).sum(),
                of.stream().mapToInt(Debate::positives).sum()));
      }
    }
    return String.join(", ", parts);
  }

  /** Precision, recall and F1 over the out-of-fold probabilities at a range of thresholds. */
  static void thresholds(List<double[]> outOfFold, PrintStream log) {
    int positives = (int) outOfFold.stream().filter(p -> p[1] == 1).count();
    for (double t = 0.02; t < 0.41; t += 0.02) {
      int tp = 0;
      int suggested = 0;
      for (double[] p : outOfFold) {
        if (p[0] > t) {
          suggested++;
          if (p[1] == 1) {
            tp++;
          }
        }
      }
      double precision = suggested == 0 ? 0 : (double) tp / suggested;
      double recall = (double) tp / positives;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      log.printf(
          Locale.ROOT,
          "[threshold] %.2f: suggested %6d (%.1f%%), precision %.3f, recall %.3f, F1 %.3f%n",
          t,
          suggested,
          100.0 * suggested / outOfFold.size(),
          precision,
          recall,
          f1);
    }
    double brier = 0;
    double mean = 0;
    for (double[] p : outOfFold) {
      brier += (p[0] - p[1]) * (p[0] - p[1]) / outOfFold.size();
      mean += p[0] / outOfFold.size();
    }
    log.printf(
        Locale.ROOT,
        "[threshold] out-of-fold: %d sentences, %d check-worthy (%.2f%%), mean probability %.2f%%,"
            + " Brier %.4f%n",
        outOfFold.size(),
        positives,
        100.0 * positives / outOfFold.size(),
        100 * mean,
        brier);
  }

  /**
   * The example sentences for explanations: from the fact-checkers' debates, the checked sentences
   * that read most like checked ones by the model's vector weights and the passed-over ones that
   * read least like them, each at most {@link #EXAMPLES_DISTINCT} alike to one already kept.
   */
  static String examples(List<Debate> debates, CheckWorthinessModel model) {
    record Candidate(String text, boolean checked, String source, float[] vector, double meaning) {}
    List<Candidate> checked = new ArrayList<>();
    List<Candidate> passed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Debate d : debates) {
      if (!d.dataset().factCheckers()) {
        continue;
      }
      for (int i = 0; i < d.lines().size(); i++) {
        Observation o = d.observations().get(i);
        String text = o.sentence().text().replaceAll("\\s+", " ").strip();
        int words = Words.of(text).size();
        boolean worthy = d.lines().get(i).worthy();
        if (words < (worthy ? 6 : 4)
            || words > 40
            || Cues.isAudience(text, o.speaker())
            || !seen.add(text.toLowerCase(Locale.ROOT))) {
          continue;
        }
        double meaning = 0;
        for (int k = 0; k < model.vector.length; k++) {
          meaning += model.vector[k] * o.vector()[k];
        }
        Candidate c = new Candidate(text, worthy, d.id(), o.vector(), meaning);
        (worthy ? checked : passed).add(c);
      }
    }
    checked.sort(
        Comparator.comparingDouble((Candidate c) -> -c.meaning()).thenComparing(Candidate::text));
    passed.sort(
        Comparator.comparingDouble((Candidate c) -> c.meaning()).thenComparing(Candidate::text));
    StringBuilder sb = new StringBuilder();
    sb.append(
        "# Labelled example sentences that explain check-worthiness scores; written by training,"
            + " do not edit.\n"
            + "# From the CLEF 2019 and 2020 CheckThat! debates (\"free for general research use\");"
            + " see docs/decisions/0013-check-worthiness-v3.md.\n"
            + "# checked (1: fact-checkers checked it, 0: they did not), source, scale, vector"
            + " (signed bytes, Base64), text\n");
    for (List<Candidate> list : List.of(checked, passed)) {
      int limit = list == checked ? CHECKED_EXAMPLES : PASSED_EXAMPLES;
      List<float[]> kept = new ArrayList<>();
      for (Candidate c : list) {
        if (kept.size() == limit) {
          break;
        }
        boolean distinct = true;
        for (float[] k : kept) {
          double dot = 0;
          for (int j = 0; j < k.length; j++) {
            dot += k[j] * c.vector()[j];
          }
          if (dot > EXAMPLES_DISTINCT) {
            distinct = false;
            break;
          }
        }
        if (distinct) {
          kept.add(c.vector());
          sb.append(
              LabelledExamples.line(
                  new LabelledExample(c.text(), c.checked(), c.source(), 0), c.vector()));
        }
      }
    }
    return sb.toString();
  }
}
