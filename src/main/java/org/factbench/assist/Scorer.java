package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A linear check-worthiness model over the {@link Feature}s: an intercept and one weight per
 * feature on the logit scale, read from and written to a weights file ({@code key=value} lines,
 * sorted keys, six decimals, no timestamp: the same weights always give the same bytes).
 */
final class Scorer {

  /** Weights are rounded to this many decimals. */
  final int modelVersion;

  final int featureSetVersion;
  final String trainingData;
  final double intercept;
  private final double[] weights;

  Scorer(
      int modelVersion,
      int featureSetVersion,
      String trainingData,
      double intercept,
      double[] weights) {
    if (weights.length != Feature.values().length) {
      throw new IllegalArgumentException(
          "expected " + Feature.values().length + " weights, got " + weights.length);
    }
    this.modelVersion = modelVersion;
    this.featureSetVersion = featureSetVersion;
    this.trainingData = trainingData;
    this.intercept = round(intercept);
    this.weights = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = round(weights[i]);
    }
  }

  double weight(Feature f) {
    return weights[f.ordinal()];
  }

  static double round(double x) {
    double r = Math.round(x * 1e6) / 1e6;
    return r == 0 ? 0 : r; // no -0.0
  }

  /** The sentences of {@code text}, best first; equal scores in reading order. */
  List<CheckWorthySentence> rank(String text) {
    List<Sentence> sentences = Sentences.split(text);
    List<String> speakers = Turns.speakers(text, sentences);
    List<Cues.Context> contexts = Cues.contexts(speakers, sentences);
    List<CheckWorthySentence> scored = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      scored.add(score(sentences.get(i), contexts.get(i)));
    }
    scored.sort(CheckWorthySentence.BEST_FIRST);
    return scored;
  }

  CheckWorthySentence score(Sentence sentence, Cues.Context context) {
    return score(sentence, context.speaker(), Cues.observe(sentence, context));
  }

  /** The score and contributions for the feature labels of {@link Cues#observe}. */
  CheckWorthySentence score(Sentence sentence, String speaker, String[] labels) {
    List<Contribution> contributions = new ArrayList<>();
    contributions.add(new Contribution(Contribution.BASELINE, "baseline", intercept));
    double logit = intercept;
    for (Feature f : Feature.values()) {
      String label = labels[f.ordinal()];
      double w = weights[f.ordinal()];
      if (label != null && w != 0) {
        contributions.add(new Contribution(f.key(), label, w));
        logit += w;
      }
    }
    return new CheckWorthySentence(sentence, speaker, logistic(logit), contributions, null);
  }

  /** The logit of the feature labels, without building contributions. */
  double logit(String[] labels) {
    double logit = intercept;
    for (Feature f : Feature.values()) {
      if (labels[f.ordinal()] != null) {
        logit += weights[f.ordinal()];
      }
    }
    return logit;
  }

  static double logistic(double logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  /** The weights file: sorted keys, one a line, LF line ends. */
  String format() {
    TreeMap<String, String> lines = new TreeMap<>();
    lines.put("model.version", Integer.toString(modelVersion));
    lines.put("feature-set.version", Integer.toString(featureSetVersion));
    lines.put("training.data", trainingData);
    lines.put("intercept", PropertyText.decimal(intercept));
    for (Feature f : Feature.values()) {
      lines.put("weight." + f.key(), PropertyText.decimal(weights[f.ordinal()]));
    }
    return PropertyText.file(
        "Learned check-worthiness weights (logit scale); written by TrainCheckWorthiness,"
            + " do not edit.",
        lines);
  }

  static Scorer parse(String file) {
    Properties p = PropertyText.parse(file);
    double[] w = new double[Feature.values().length];
    for (Feature f : Feature.values()) {
      String v = p.getProperty("weight." + f.key());
      if (v == null) {
        throw new IllegalStateException("weights file has no weight." + f.key());
      }
      w[f.ordinal()] = Double.parseDouble(v);
    }
    int featureSet = Integer.parseInt(p.getProperty("feature-set.version"));
    Cues.requireFeatureSet("weights", featureSet);
    return new Scorer(
        Integer.parseInt(p.getProperty("model.version")),
        featureSet,
        p.getProperty("training.data", ""),
        Double.parseDouble(p.getProperty("intercept")),
        w);
  }

  static Scorer load(String resource) {
    return parse(
        PropertyText.resource(resource, "weights " + resource + " are not on the classpath"));
  }
}
