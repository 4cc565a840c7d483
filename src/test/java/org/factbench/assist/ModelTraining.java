package org.factbench.assist;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.factbench.assist.CheckWorthinessData.Dataset;
import org.factbench.assist.CheckWorthinessData.Debate;

/**
 * Trains check-worthiness version 3: the design rows of a debate (sentence vector and neighbours'
 * vector dense; cues, signals and word buckets sparse), a fit for one {@link Config}
 * (regularisation, class and dataset weights, feature groups), the choice of the config by an inner
 * split of the training debates only, Platt calibration on out-of-fold scores, and the export to a
 * {@link CheckWorthinessModel}.
 */
final class ModelTraining {

  private ModelTraining() {}

  /** Word buckets of the hashed words and word pairs. */
  static final int BUCKETS = 1 << 16;

  static final int CUES = Feature.values().length;
  static final int SIGNALS = Signal.values().length;
  static final int SPARSE = CUES + SIGNALS + BUCKETS;

  static final double TOLERANCE = 1e-3;
  static final int MAX_ITERATIONS = 400;

  /**
   * One training recipe: C (the weight of the data against the prior), the weight of a check-worthy
   * sentence, the weight of a ClaimBuster sentence, the feature groups used besides the cues, and
   * how strongly the vectors and words may weigh (the prior's scale for their weights).
   */
  record Config(
      double c,
      double positiveWeight,
      double claimBusterWeight,
      boolean signals,
      boolean vector,
      boolean neighbours,
      boolean words,
      double vectorScale,
      double wordScale) {

    static final Config DEFAULT = new Config(0.1, 1, 0.3, true, true, false, true, 2, 1);

    Config withC(double v) {
      return new Config(
          v,
          positiveWeight,
          claimBusterWeight,
          signals,
          vector,
          neighbours,
          words,
          vectorScale,
          wordScale);
    }

    Config withPositiveWeight(double v) {
      return new Config(
          c, v, claimBusterWeight, signals, vector, neighbours, words, vectorScale, wordScale);
    }

    Config withClaimBusterWeight(double v) {
      return new Config(
          c, positiveWeight, v, signals, vector, neighbours, words, vectorScale, wordScale);
    }

    Config withGroups(boolean signals, boolean vector, boolean neighbours, boolean words) {
      return new Config(
          c,
          positiveWeight,
          claimBusterWeight,
          signals,
          vector,
          neighbours,
          words,
          vectorScale,
          wordScale);
    }

    Config withScales(double vectorScale, double wordScale) {
      return new Config(
          c,
          positiveWeight,
          claimBusterWeight,
          signals,
          vector,
          neighbours,
          words,
          vectorScale,
          wordScale);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "C=%s pos=%s cb=%s groups=%s%s%s%s scales=%s/%s",
          c,
          positiveWeight,
          claimBusterWeight,
          signals ? "S" : "-",
          vector ? "V" : "-",
          neighbours ? "N" : "-",
          words ? "W" : "-",
          vectorScale,
          wordScale);
    }
  }

  /** The design rows of a debate, built once. */
  record Design(float[][] dense, int[][] index, float[][] value) {}

  private static final Map<Debate, Design> DESIGNS = new IdentityHashMap<>();

  static synchronized Design design(Debate d) {
    return DESIGNS.computeIfAbsent(d, ModelTraining::build);
  }

  private static Design build(Debate d) {
    int n = d.observations().size();
    float[][] dense = new float[n][];
    int[][] index = new int[n][];
    float[][] value = new float[n][];
    for (int i = 0; i < n; i++) {
      Observation o = d.observations().get(i);
      int dims = o.vector().length;
      float[] x = new float[2 * dims];
      System.arraycopy(o.vector(), 0, x, 0, dims);
      System.arraycopy(o.neighbours(), 0, x, dims, dims);
      dense[i] = x;
      List<Integer> idx = new ArrayList<>();
      List<Float> val = new ArrayList<>();
      for (int f = 0; f < CUES; f++) {
        if (o.cues()[f] != null) {
          idx.add(f);
          val.add(1f);
        }
      }
      for (int s = 0; s < SIGNALS; s++) {
        if (o.signals()[s] != 0) {
          idx.add(CUES + s);
          val.add((float) o.signals()[s]);
        }
      }
      for (int b : o.words().buckets()) {
        idx.add(CUES + SIGNALS + b);
        val.add(1f);
      }
      index[i] = idx.stream().mapToInt(Integer::intValue).toArray();
      value[i] = new float[val.size()];
      for (int k = 0; k < val.size(); k++) {
        value[i][k] = val.get(k);
      }
    }
    return new Design(dense, index, value);
  }

  /** A fitted model in the training space, with the config that made it. */
  record Trained(Config config, LogisticRegression.Fit fit, int dims) {

    int denseFrom() {
      return config.vector() ? 0 : dims;
    }

    double[] logits(Debate d) {
      Design x = design(d);
      double[] out = new double[x.dense().length];
      for (int i = 0; i < out.length; i++) {
        int[] idx = x.index()[i];
        float[] val = x.value()[i];
        double z = fit.intercept();
        for (int k = 0; k < fit.dense().length; k++) {
          z += fit.dense()[k] * x.dense()[i][denseFrom() + k];
        }
        for (int j = 0; j < idx.length; j++) {
          if (keeps(config, idx[j])) {
            z += fit.sparse()[idx[j]] * val[j];
          }
        }
        out[i] = z;
      }
      return out;
    }
  }

  static boolean keeps(Config c, int index) {
    if (index < CUES) {
      return true;
    }
    if (index < CUES + SIGNALS) {
      return c.signals();
    }
    return c.words();
  }

  static Trained fit(List<Debate> debates, Config c) {
    return fit(debates, c, null);
  }

  /** A fit of {@code c} on {@code debates}, started from {@code start} (null: from zero). */
  static Trained fit(List<Debate> debates, Config c, Trained start) {
    int n = 0;
    for (Debate d : debates) {
      n += d.lines().size();
    }
    int dims = debates.get(0).observations().get(0).vector().length;
    float[][] dense = new float[n][];
    int[][] index = new int[n][];
    float[][] value = new float[n][];
    boolean[] positive = new boolean[n];
    double[] weight = new double[n];
    int i = 0;
    for (Debate d : debates) {
      Design x = design(d);
      double datasetWeight = d.dataset() == Dataset.CLAIMBUSTER ? c.claimBusterWeight() : 1;
      for (int k = 0; k < d.lines().size(); k++) {
        dense[i] = x.dense()[k];
        int[] idx = x.index()[k];
        float[] val = x.value()[k];
        int kept = 0;
        for (int j : idx) {
          if (keeps(c, j)) {
            kept++;
          }
        }
        int[] ki = new int[kept];
        float[] kv = new float[kept];
        int m = 0;
        for (int j = 0; j < idx.length; j++) {
          if (keeps(c, idx[j])) {
            ki[m] = idx[j];
            kv[m] = val[j];
            m++;
          }
        }
        index[i] = ki;
        value[i] = kv;
        positive[i] = d.lines().get(k).worthy();
        weight[i] = c.c() * datasetWeight * (positive[i] ? c.positiveWeight() : 1);
        i++;
      }
    }
    int from = c.vector() ? 0 : dims;
    int to = c.neighbours() ? 2 * dims : dims;
    if (!c.vector() && !c.neighbours()) {
      to = from;
    }
    double[] sparseReg = new double[SPARSE];
    Arrays.fill(sparseReg, 0, CUES + SIGNALS, 1);
    Arrays.fill(sparseReg, CUES + SIGNALS, SPARSE, 1 / (c.wordScale() * c.wordScale()));
    LogisticRegression lr =
        new LogisticRegression(
            new LogisticRegression.Rows(dense, from, to, index, value, positive, weight),
            SPARSE,
            1 / (c.vectorScale() * c.vectorScale()),
            sparseReg);
    // the dense weights of a start carry over when they begin at the same place
    LogisticRegression.Fit warm =
        start == null ? null : start.denseFrom() == from ? start.fit() : start.fit().withoutDense();
    return new Trained(c, lr.fit(TOLERANCE, MAX_ITERATIONS, warm), dims);
  }

  /** Mean average precision over the debates with a check-worthy line. */
  static double meanAveragePrecision(Trained t, List<Debate> debates) {
    double sum = 0;
    int count = 0;
    for (Debate d : debates) {
      if (d.positives() == 0) {
        continue;
      }
      sum += Ranking.averagePrecision(Ranking.ranked(d.labels(), t.logits(d)));
      count++;
    }
    return count == 0 ? 0 : sum / count;
  }

  /** The debates of {@code train} without the events of {@code held}. */
  static List<Debate> without(List<Debate> train, List<Debate> held) {
    Set<String> events = new HashSet<>();
    held.forEach(d -> events.add(d.event()));
    return train.stream().filter(d -> !events.contains(d.event())).toList();
  }

  /**
   * The config chosen by one inner split of {@code train}: every third debate (in name order) that
   * {@code target} accepts is held out for validation, models are fitted on the rest, and a
   * coordinate search from {@link Config#DEFAULT} over C (0.03, 0.3), the ClaimBuster weight (0.1,
   * 1), the positive weight (3), dropping the words, dropping the signals and adding the
   * neighbours' vector keeps what raises the validation MAP (9 fits).
   */
  static Config select(List<Debate> train, Predicate<Debate> target, PrintStream log) {
    List<Debate> candidates =
        train.stream()
            .filter(target)
            .filter(d -> d.positives() > 0)
            .sorted(Comparator.comparing(Debate::id))
            .toList();
    List<Debate> validation = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i += 3) {
      validation.add(candidates.get(i));
    }
    List<Debate> inner = without(train, validation);
    Search s = new Search(inner, validation, log);
    Config best = Config.DEFAULT;
    double score = s.score(best);
    List<List<Config>> steps =
        List.of(
            List.of(best.withC(0.03), best.withC(0.3)),
            List.of(best.withClaimBusterWeight(0.1), best.withClaimBusterWeight(1)),
            List.of(best.withPositiveWeight(3)),
            List.of(best.withGroups(best.signals(), best.vector(), best.neighbours(), false)),
            List.of(best.withGroups(false, best.vector(), best.neighbours(), best.words())),
            List.of(best.withGroups(best.signals(), best.vector(), true, best.words())));
    for (List<Config> step : steps) {
      Config stepBest = best;
      for (Config candidate : step) {
        Config c = apply(best, candidate, Config.DEFAULT);
        double v = s.score(c);
        if (v > score) {
          score = v;
          stepBest = c;
        }
      }
      best = stepBest;
    }
    if (log != null) {
      log.printf(
          Locale.ROOT,
          "[select] chose %s (inner validation MAP %.3f on %d debates)%n",
          best,
          score,
          validation.size());
    }
    return best;
  }

  /** {@code best} with the one setting in which {@code candidate} differs from {@code base}. */
  static Config apply(Config best, Config candidate, Config base) {
    Config c = best;
    if (candidate.c() != base.c()) {
      c = c.withC(candidate.c());
    }
    if (candidate.claimBusterWeight() != base.claimBusterWeight()) {
      c = c.withClaimBusterWeight(candidate.claimBusterWeight());
    }
    if (candidate.positiveWeight() != base.positiveWeight()) {
      c = c.withPositiveWeight(candidate.positiveWeight());
    }
    return c.withGroups(
        candidate.signals() == base.signals() ? c.signals() : candidate.signals(),
        c.vector(),
        candidate.neighbours() == base.neighbours() ? c.neighbours() : candidate.neighbours(),
        candidate.words() == base.words() ? c.words() : candidate.words());
  }

  /** Fits on the inner debates, each candidate started from the first (base) fit. */
  private static final class Search {
    final List<Debate> inner;
    final List<Debate> validation;
    final PrintStream log;
    Trained base;

    Search(List<Debate> inner, List<Debate> validation, PrintStream log) {
      this.inner = inner;
      this.validation = validation;
      this.log = log;
    }

    double score(Config c) {
      Trained t = fit(inner, c, base);
      if (base == null) {
        base = t;
      }
      double map = meanAveragePrecision(t, validation);
      if (log != null) {
        log.printf(
            Locale.ROOT, "[select]   %s -> %.3f (%d iterations)%n", c, map, t.fit().iterations());
      }
      return map;
    }
  }

  /**
   * Platt scaling {@code {a, b}}: the calibrated logit is {@code a * z + b}, fitted on out-of-fold
   * logits of the fact-checkers' debates of {@code train} ({@code folds} folds by debate), which
   * are added to {@code pairs}.
   */
  static double[] platt(List<Debate> train, Config c, int folds, List<double[]> pairs) {
    // pairs: out-of-fold logit, label
    List<Debate> sorted = train.stream().sorted(Comparator.comparing(Debate::id)).toList();
    for (int f = 0; f < folds; f++) {
      List<Debate> held = new ArrayList<>();
      for (int i = f; i < sorted.size(); i += folds) {
        held.add(sorted.get(i));
      }
      Trained t = fit(without(sorted, held), c);
      for (Debate d : held) {
        if (!d.dataset().factCheckers()) {
          continue;
        }
        double[] z = t.logits(d);
        for (int i = 0; i < z.length; i++) {
          pairs.add(new double[] {z[i], d.lines().get(i).worthy() ? 1 : 0});
        }
      }
    }
    return fitPlatt(pairs);
  }

  /** The one-feature logistic regression of labels on logits, by Newton's method. */
  static double[] fitPlatt(List<double[]> pairs) {
    double a = 1;
    double b = 0;
    for (int it = 0; it < 100; it++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (double[] p : pairs) {
        double q = 1 / (1 + Math.exp(-(a * p[0] + b)));
        double r = q - p[1];
        ga += r * p[0];
        gb += r;
        double w = q * (1 - q);
        haa += w * p[0] * p[0];
        hab += w * p[0];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new double[] {a, b};
  }

  /** The model file's model: the fit's weights with the calibration folded in. */
  static CheckWorthinessModel export(
      Trained t, double[] platt, String embeddingModel, String description) {
    double a = platt[0];
    double b = platt[1];
    int dims = t.dims();
    double[] cues = new double[CUES];
    double[] signals = new double[SIGNALS];
    double[] words = new double[BUCKETS];
    double[] vector = new double[dims];
    double[] neighbours = new double[dims];
    double[] sparse = t.fit().sparse();
    for (int f = 0; f < CUES; f++) {
      cues[f] = a * sparse[f];
    }
    for (int s = 0; s < SIGNALS; s++) {
      signals[s] = t.config().signals() ? a * sparse[CUES + s] : 0;
    }
    for (int w = 0; w < BUCKETS; w++) {
      words[w] = t.config().words() ? a * sparse[CUES + SIGNALS + w] : 0;
    }
    double[] dense = t.fit().dense();
    int k = 0;
    if (t.config().vector()) {
      for (int j = 0; j < dims; j++) {
        vector[j] = a * dense[k++];
      }
    }
    if (t.config().neighbours()) {
      for (int j = 0; j < dims; j++) {
        neighbours[j] = a * dense[k++];
      }
    }
    return new CheckWorthinessModel(
        CheckWorthiness.VERSION,
        Cues.FEATURE_SET_VERSION,
        embeddingModel,
        BUCKETS,
        description,
        a * t.fit().intercept() + b,
        cues,
        signals,
        vector,
        neighbours,
        words);
  }
}
