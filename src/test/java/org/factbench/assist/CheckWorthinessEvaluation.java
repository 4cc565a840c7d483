package org.factbench.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.assist.CheckWorthinessData.Dataset;
import org.factbench.assist.CheckWorthinessData.Debate;
import org.factbench.assist.ModelTraining.Config;
import org.factbench.assist.ModelTraining.Trained;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The honest evaluation of check-worthiness version 3, beside version 2 and random order, in one
 * run (prints; asserts nothing). Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=CheckWorthinessEvaluation -Dvaadin.skip}.
 *
 * <ol>
 *   <li><b>Nested, per dataset.</b> Each debate is ranked by a model that never saw it nor its twin
 *       in another set: trained on all the other training debates (the three sets), with C, the
 *       positive and ClaimBuster weights and the feature groups chosen by an inner split of those
 *       training debates only ({@link ModelTraining#select}). CLEF 2019 is left out one debate at a
 *       time (19 outer folds); CLEF 2020 and ClaimBuster in {@code -Dassist.eval.folds=8} folds of
 *       debates. Version 2 on CLEF 2019 is its own recipe left out one debate at a time (cues,
 *       liblinear, C = 0.1, trained on the other CLEF 2019 debates); on the other sets it is the
 *       shipped version 2 weights (trained on CLEF 2019 only).
 *   <li><b>Cross-dataset.</b> Each set ranked by a model trained on the other two.
 *   <li><b>Development set.</b> The model trained as {@code ./mvnw -Ptrain test} trains it, on all
 *       the training debates, evaluated once on the 8 CLEF 2021 debates; calibration on them.
 * </ol>
 */
@Tag("benchmark")
class CheckWorthinessEvaluation {

  static final int SHUFFLES = 20;
  static final int FOLDS = Integer.getInteger("assist.eval.folds", 8);

  record Row(Debate debate, double[] v3, double[] v2, double[] random, String config) {}

  @Test
  void nested_cross_dataset_and_development_set_figures() {
    long start = System.nanoTime();
    Corpus corpus = Corpus.load();
    System.out.printf("[eval] data loaded in %.0f s%n", seconds(start));
    Map<String, double[]> summary = new LinkedHashMap<>();

    for (Dataset set : List.of(Dataset.CLEF2019, Dataset.CLEF2020, Dataset.CLAIMBUSTER)) {
      long t0 = System.nanoTime();
      List<Row> rows = nested(corpus, set);
      print("nested " + set.id, rows);
      summary.put("nested " + set.id, means(rows));
      System.out.printf("[eval] nested %s took %.0f s%n", set.id, seconds(t0));
    }

    for (Dataset set : List.of(Dataset.CLEF2019, Dataset.CLEF2020, Dataset.CLAIMBUSTER)) {
      long t0 = System.nanoTime();
      List<Debate> train = corpus.training().stream().filter(d -> d.dataset() != set).toList();
      Config c = ModelTraining.select(train, FinalTraining.FACT_CHECKERS, System.out);
      Trained t = ModelTraining.fit(train, c);
      List<Row> rows = new ArrayList<>();
      for (Debate d : corpus.of(set)) {
        rows.add(row(d, t.logits(d), v2Shipped(d), c.toString()));
      }
      print("cross-dataset: " + set.id + " ranked by a model trained on the other sets", rows);
      summary.put("cross " + set.id, means(rows));
      System.out.printf("[eval] cross-dataset %s took %.0f s%n", set.id, seconds(t0));
    }

    long t0 = System.nanoTime();
    FinalTraining.Result result =
        FinalTraining.train(
            corpus.training(),
            null,
            FinalTraining.PLATT_FOLDS,
            org.factbench.assist.embed.EmbeddingModels.MINILM_L6_V2_Q.name(),
            System.out);
    List<Row> rows = new ArrayList<>();
    List<double[]> devProbabilities = new ArrayList<>();
    for (Debate d : corpus.dev()) {
      double[] z = new double[d.lines().size()];
      for (int i = 0; i < z.length; i++) {
        z[i] = result.model().logit(d.observations().get(i));
        devProbabilities.add(
            new double[] {Scorer.logistic(z[i]), d.lines().get(i).worthy() ? 1 : 0});
      }
      rows.add(row(d, z, v2Shipped(d), result.trained().config().toString()));
    }
    print(
        "development set (CLEF 2021 1B test debates), model trained on all training debates", rows);
    summary.put("dev", means(rows));
    FinalTraining.thresholds(result.outOfFold(), System.out);
    calibration("dev", devProbabilities);
    System.out.printf("[eval] final model and dev set took %.0f s%n", seconds(t0));

    System.out.printf(
        "%n[eval] %-18s | %-17s | %-17s | %-17s%n",
        "summary (means)", "v3 MAP P@10 R-pr", "v2 MAP P@10 R-pr", "random MAP P@10 R");
    summary.forEach(
        (k, m) ->
            System.out.printf(
                Locale.ROOT,
                "[eval] %-18s | %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f %.3f %.3f%n",
                k,
                m[0],
                m[1],
                m[2],
                m[3],
                m[4],
                m[5],
                m[6],
                m[7],
                m[8]));
    System.out.printf("[eval] total %.0f s%n", seconds(start));
  }

  /** Each debate of {@code set} ranked by a model chosen and trained without it. */
  static List<Row> nested(Corpus corpus, Dataset set) {
    List<Debate> debates = corpus.of(set);
    List<List<Debate>> folds =
        set == Dataset.CLEF2019
            ? debates.stream().map(List::of).toList()
            : Corpus.folds(debates, Math.min(FOLDS, debates.size()));
    List<CheckWorthinessTraining.Debate> v2Debates =
        set == Dataset.CLEF2019 ? v2Debates(debates) : null;
    List<Row> rows = new ArrayList<>();
    for (List<Debate> held : folds) {
      List<Debate> train = ModelTraining.without(corpus.training(), held);
      Config c = ModelTraining.select(train, d -> d.dataset() == set, quiet() ? null : System.out);
      Trained t = ModelTraining.fit(train, c);
      for (Debate d : held) {
        double[] v2;
        if (v2Debates != null) {
          List<CheckWorthinessTraining.Debate> rest = new ArrayList<>(v2Debates);
          rest.removeIf(x -> x.name().equals(d.name()));
          Scorer s = CheckWorthinessTraining.train(rest);
          v2 = v2Scores(s, d);
        } else {
          v2 = v2Shipped(d);
        }
        rows.add(row(d, t.logits(d), v2, c.toString()));
      }
      System.out.printf("[eval]   %s fold of %d debate(s) done: %s%n", set.id, held.size(), c);
    }
    rows.sort(java.util.Comparator.comparing(r -> r.debate().name()));
    return rows;
  }

  private static boolean quiet() {
    return !Boolean.getBoolean("assist.eval.verbose");
  }

  private static List<CheckWorthinessTraining.Debate> v2Debates(List<Debate> debates) {
    List<CheckWorthinessTraining.Debate> out = new ArrayList<>();
    for (Debate d : debates) {
      List<String[]> features = new ArrayList<>();
      List<CheckWorthinessTraining.Line> lines = new ArrayList<>();
      for (int i = 0; i < d.lines().size(); i++) {
        CheckWorthinessData.Line l = d.lines().get(i);
        lines.add(new CheckWorthinessTraining.Line(l.speaker(), l.text(), l.worthy()));
        features.add(d.observations().get(i).cues());
      }
      out.add(new CheckWorthinessTraining.Debate(d.name(), lines, features));
    }
    return out;
  }

  static double[] v2Shipped(Debate d) {
    return v2Scores(CheckWorthinessV2.scorer(), d);
  }

  static double[] v2Scores(Scorer s, Debate d) {
    double[] out = new double[d.lines().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.logit(d.observations().get(i).cues());
    }
    return out;
  }

  static Row row(Debate d, double[] v3, double[] v2, String config) {
    boolean[] labels = d.labels();
    return new Row(
        d,
        Ranking.measures(Ranking.ranked(labels, v3)),
        Ranking.measures(Ranking.ranked(labels, v2)),
        Ranking.random(labels, SHUFFLES),
        config);
  }

  /** Means over the debates with a check-worthy line: v3, v2, random (MAP, P@10, R-prec each). */
  static double[] means(List<Row> rows) {
    double[] m = new double[9];
    int n = 0;
    for (Row r : rows) {
      if (r.debate().positives() == 0) {
        continue;
      }
      n++;
      for (int k = 0; k < 3; k++) {
        m[k] += r.v3()[k];
        m[3 + k] += r.v2()[k];
        m[6 + k] += r.random()[k];
      }
    }
    for (int k = 0; k < 9; k++) {
      m[k] /= Math.max(1, n);
    }
    return m;
  }

  static void print(String title, List<Row> rows) {
    System.out.printf("%n[eval] %s%n", title);
    System.out.printf(
        "[eval] %-42s %5s %4s | %-17s | %-17s | %-17s%n",
        "debate", "lines", "pos", "v3 MAP P@10 R-pr", "v2 MAP P@10 R-pr", "random MAP P@10 R");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "[eval] %-42s %5d %4d | %s | %s | %s%n",
          r.debate().name(),
          r.debate().lines().size(),
          r.debate().positives(),
          triple(r.v3()),
          triple(r.v2()),
          triple(r.random()));
    }
    double[] m = means(rows);
    System.out.printf(
        Locale.ROOT,
        "[eval] %-42s %5s %4s | %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f %.3f %.3f%n",
        "mean over debates with a check-worthy line",
        "",
        "",
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        m[6],
        m[7],
        m[8]);
  }

  static void calibration(String name, List<double[]> probabilities) {
    double mean = 0;
    double rate = 0;
    double brier = 0;
    int n = probabilities.size();
    for (double[] p : probabilities) {
      mean += p[0] / n;
      rate += p[1] / n;
      brier += (p[0] - p[1]) * (p[0] - p[1]) / n;
    }
    System.out.printf(
        Locale.ROOT,
        "[eval] calibration on %s: mean probability %.2f%%, check-worthy %.2f%%, Brier %.4f%n",
        name,
        100 * mean,
        100 * rate,
        brier);
    double[] edges = {0, 0.02, 0.05, 0.1, 0.2, 0.4, 1.01};
    for (int b = 0; b + 1 < edges.length; b++) {
      int count = 0;
      double sumP = 0;
      double sumY = 0;
      for (double[] p : probabilities) {
        if (p[0] >= edges[b] && p[0] < edges[b + 1]) {
          count++;
          sumP += p[0];
          sumY += p[1];
        }
      }
      System.out.printf(
          Locale.ROOT,
          "[eval]   probability %.2f-%.2f: %5d sentences, mean probability %.3f, check-worthy %.3f%n",
          edges[b],
          Math.min(1, edges[b + 1]),
          count,
          count == 0 ? 0 : sumP / count,
          count == 0 ? 0 : sumY / count);
    }
  }

  private static String triple(double[] m) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", m[0], m[1], m[2]);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
