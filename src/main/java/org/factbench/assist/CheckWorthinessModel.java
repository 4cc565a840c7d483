package org.factbench.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The linear check-worthiness model of version 3, calibrated: the logit of a sentence is an
 * intercept plus the weights of its cues ({@link Feature}) and signals ({@link Signal}, times their
 * values), the dot products of two weight vectors with the sentence's vector and its neighbours'
 * mean vector, and the weights of its hashed words and word pairs; the score is the logistic
 * function of the logit. The weights already include the calibration (Platt scaling fitted on
 * held-out scores), so the score is a probability and the contributions add up to its logit.
 *
 * <p>The model file has {@code key=value} lines with sorted keys and six decimals, no timestamp:
 * the same model always gives the same bytes. Vectors are comma-separated on one line; word buckets
 * with a zero weight are left out.
 */
final class CheckWorthinessModel {

  /** Words of a sentence named in the reason for its words, at most. */
  static final int MAX_WORDS_LISTED = 3;

  /** Example sentences are cut to this many characters in reasons. */
  static final int MAX_EXAMPLE_CHARS = 120;

  final int modelVersion;
  final int featureSetVersion;
  final String embeddingModel;
  final int buckets;
  final String description;
  final double intercept;
  final double[] cues;
  final double[] signals;
  final double[] vector;
  final double[] neighbours;
  final double[] words;

  CheckWorthinessModel(
      int modelVersion,
      int featureSetVersion,
      String embeddingModel,
      int buckets,
      String description,
      double intercept,
      double[] cues,
      double[] signals,
      double[] vector,
      double[] neighbours,
      double[] words) {
    if (cues.length != Feature.values().length
        || signals.length != Signal.values().length
        || vector.length != neighbours.length
        || words.length != buckets) {
      throw new IllegalArgumentException("weights do not fit the features");
    }
    this.modelVersion = modelVersion;
    this.featureSetVersion = featureSetVersion;
    this.embeddingModel = embeddingModel;
    this.buckets = buckets;
    this.description = description;
    this.intercept = round(intercept);
    this.cues = rounded(cues);
    this.signals = rounded(signals);
    this.vector = rounded(vector);
    this.neighbours = rounded(neighbours);
    this.words = rounded(words);
  }

  int dimensions() {
    return vector.length;
  }

  /** The calibrated logit of an observation, without building contributions. */
  double logit(Observation o) {
    double z = intercept;
    for (int f = 0; f < cues.length; f++) {
      if (o.cues()[f] != null) {
        z += cues[f];
      }
    }
    for (int s = 0; s < signals.length; s++) {
      z += signals[s] * o.signals()[s];
    }
    z += dot(vector, o.vector()) + dot(neighbours, o.neighbours());
    for (int b : o.words().buckets()) {
      z += words[b];
    }
    return z;
  }

  /**
   * The score of an observation with its contributions: the baseline, each cue and signal found,
   * what the sentence reads like (its vector, explained by the nearest labelled example), its
   * neighbours, and its words; they add up to the logit.
   */
  CheckWorthySentence score(Observation o, LabelledExamples examples) {
    List<Contribution> out = new ArrayList<>();
    out.add(new Contribution(Contribution.BASELINE, "baseline", intercept));
    for (Feature f : Feature.values()) {
      String label = o.cues()[f.ordinal()];
      double w = cues[f.ordinal()];
      if (label != null && w != 0) {
        out.add(new Contribution(f.key(), label, w));
      }
    }
    for (Signal s : Signal.values()) {
      double v = signals[s.ordinal()] * o.signals()[s.ordinal()];
      if (o.signalLabels()[s.ordinal()] != null && v != 0) {
        out.add(new Contribution("signal." + s.key(), o.signalLabels()[s.ordinal()], v));
      }
    }
    LabelledExample example = null;
    double meaning = dot(vector, o.vector());
    if (meaning != 0) {
      example = examples == null ? null : examples.nearest(o.vector(), meaning > 0);
      out.add(new Contribution("vector", readsLike(meaning > 0, example), meaning));
    }
    double around = dot(neighbours, o.neighbours());
    if (around != 0) {
      out.add(new Contribution("neighbours", "the sentences around it", around));
    }
    Contribution w = words(o.words());
    if (w != null) {
      out.add(w);
    }
    double logit = 0;
    for (Contribution c : out) {
      logit += c.value();
    }
    return new CheckWorthySentence(o.sentence(), o.speaker(), Scorer.logistic(logit), out, example);
  }

  private static String readsLike(boolean checked, LabelledExample example) {
    String like =
        checked
            ? "reads like sentences fact-checkers chose"
            : "reads like sentences fact-checkers passed over";
    if (example == null) {
      return like;
    }
    String text = example.text();
    if (text.length() > MAX_EXAMPLE_CHARS) {
      int cut = text.lastIndexOf(' ', MAX_EXAMPLE_CHARS);
      text = text.substring(0, cut > 40 ? cut : MAX_EXAMPLE_CHARS) + "\u2026";
    }
    return like + ": \u00ab" + text + "\u00bb";
  }

  /** Words that say little on their own: a word or pair of only these is not named in reasons. */
  static final java.util.Set<String> PLAIN_WORDS =
      java.util.Set.of(
          ("^ the a an of in to and for on at by is was has have it that this he she they we i you"
                  + " with as from or but be are were had his her its their our my me us them")
              .split(" "));

  /**
   * The words' contribution: the sum of their buckets' weights, named by the words and pairs that
   * weigh most in the direction of the sum (words such as "the" alone are not named).
   */
  private Contribution words(WordGrams.Hashed hashed) {
    double sum = 0;
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < hashed.buckets().length; i++) {
      double w = words[hashed.buckets()[i]];
      if (w != 0) {
        sum += w;
        hits.add(i);
      }
    }
    if (hits.isEmpty()) {
      return null;
    }
    double sign = Math.signum(sum);
    List<String> named =
        hits.stream()
            .filter(i -> sign * words[hashed.buckets()[i]] > 0 && !plain(hashed.grams()[i]))
            .sorted(
                Comparator.comparingDouble((Integer i) -> -sign * words[hashed.buckets()[i]])
                    .thenComparing(i -> i))
            .limit(MAX_WORDS_LISTED)
            .map(i -> "\u00ab" + hashed.grams()[i] + "\u00bb")
            .toList();
    return new Contribution(
        "words", named.isEmpty() ? "words" : "words: " + String.join(", ", named), sum);
  }

  private static boolean plain(String gram) {
    for (String w : gram.split(" ")) {
      if (!PLAIN_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static double dot(double[] w, float[] x) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  static double round(double x) {
    double r = Math.round(x * 1e6) / 1e6;
    return r == 0 ? 0 : r; // no -0.0
  }

  private static double[] rounded(double[] w) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = round(w[i]);
    }
    return out;
  }

  /** The model file: sorted keys, one a line, LF line ends. */
  String format() {
    TreeMap<String, String> lines = new TreeMap<>();
    lines.put("model.version", Integer.toString(modelVersion));
    lines.put("feature-set.version", Integer.toString(featureSetVersion));
    lines.put("embedding.model", embeddingModel);
    lines.put("embedding.chunk", Integer.toString(SentenceVectors.CHUNK));
    lines.put("embedding.dimensions", Integer.toString(vector.length));
    lines.put("words.buckets", Integer.toString(buckets));
    lines.put("description", description);
    lines.put("intercept", PropertyText.decimal(intercept));
    for (Feature f : Feature.values()) {
      lines.put("cue." + f.key(), PropertyText.decimal(cues[f.ordinal()]));
    }
    for (Signal s : Signal.values()) {
      lines.put("signal." + s.key(), PropertyText.decimal(signals[s.ordinal()]));
    }
    lines.put("vector", joined(vector));
    lines.put("neighbours", joined(neighbours));
    for (int b = 0; b < buckets; b++) {
      if (words[b] != 0) {
        lines.put(String.format(Locale.ROOT, "word.%07d", b), PropertyText.decimal(words[b]));
      }
    }
    return PropertyText.file(
        "Check-worthiness model (calibrated logit scale); written by training, do not edit.",
        lines);
  }

  private static String joined(double[] w) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length; k++) {
      if (k > 0) {
        sb.append(',');
      }
      sb.append(PropertyText.decimal(w[k]));
    }
    return sb.toString();
  }

  static CheckWorthinessModel parse(String file) {
    Properties p = PropertyText.parse(file);
    int featureSet = Integer.parseInt(required(p, "feature-set.version"));
    Cues.requireFeatureSet("model", featureSet);
    int chunk = Integer.parseInt(required(p, "embedding.chunk"));
    if (chunk != SentenceVectors.CHUNK) {
      throw new IllegalStateException(
          "model trained on vectors embedded in chunks of " + chunk + ": retrain");
    }
    double[] cues = new double[Feature.values().length];
    for (Feature f : Feature.values()) {
      cues[f.ordinal()] = Double.parseDouble(required(p, "cue." + f.key()));
    }
    double[] signals = new double[Signal.values().length];
    for (Signal s : Signal.values()) {
      signals[s.ordinal()] = Double.parseDouble(required(p, "signal." + s.key()));
    }
    int buckets = Integer.parseInt(required(p, "words.buckets"));
    double[] words = new double[buckets];
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("word.")) {
        words[Integer.parseInt(key.substring(5))] = Double.parseDouble(p.getProperty(key));
      }
    }
    return new CheckWorthinessModel(
        Integer.parseInt(required(p, "model.version")),
        featureSet,
        required(p, "embedding.model"),
        buckets,
        p.getProperty("description", ""),
        Double.parseDouble(required(p, "intercept")),
        cues,
        signals,
        vector(required(p, "vector")),
        vector(required(p, "neighbours")),
        words);
  }

  private static double[] vector(String joined) {
    String[] parts = joined.split(",");
    double[] v = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      v[k] = Double.parseDouble(parts[k]);
    }
    return v;
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("model file has no " + key);
    }
    return v;
  }

  static CheckWorthinessModel load(String resource) {
    return parse(PropertyText.resource(resource, "model " + resource + " is not on the classpath"));
  }
}
