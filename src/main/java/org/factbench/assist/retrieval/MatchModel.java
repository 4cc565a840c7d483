package org.factbench.assist.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The learned part of claim matching: a logistic regression over a candidate's {@link #FEATURES},
 * whose output is the probability that the candidate is the claim the text repeats, and the score
 * from which a best match is shown as "already checked". A second set of weights, which ignores the
 * vector features, scores candidates that have no vector (pending embedding, or a lookup without a
 * model). All were learned on the CLEF-2020 training tweets only, for one embedding model (decision
 * record 0012); the shipped values are in {@code match-model.properties} beside this class.
 *
 * @param embeddingModel the embedding model the weights were learned with
 * @param weights one per feature, then the bias
 * @param alreadyChecked the score from which the best match counts as "already checked"
 * @param lexicalWeights as {@code weights}, for candidates without a vector
 * @param lexicalAlreadyChecked as {@code alreadyChecked}, for those
 */
public record MatchModel(
    String embeddingModel,
    double[] weights,
    double alreadyChecked,
    double[] lexicalWeights,
    double lexicalAlreadyChecked) {

  /** What the model looks at for each candidate, in the order of {@link #weights}. */
  public static final String[] FEATURES = {
    "cosine", // the meaning: cosine of the two texts' vectors
    "cosine_gap", // cosine minus the best cosine among the candidates (0 for the best)
    "bm25_rel", // BM25 over the best BM25 among the candidates
    "bm25_log", // log(1 + BM25)
    "dense_rank", // 10 / (10 + rank among the nearest vectors), 0 when not among them
    "bm25_rank", // 10 / (10 + rank by BM25), 0 when not among them
    "coverage", // share of the candidate's words (analysed) that the text has
    "same_figure", // 1 when both state the same figure with a unit or scale
  };

  /** The features that need vectors; the lexical weights leave them out. */
  public static final int[] VECTOR_FEATURES = {0, 1, 4};

  public MatchModel {
    for (double[] w : new double[][] {weights, lexicalWeights}) {
      if (w.length != FEATURES.length + 1) {
        throw new IllegalArgumentException(
            "A match model has " + (FEATURES.length + 1) + " weights, not " + w.length);
      }
    }
    weights = weights.clone();
    lexicalWeights = lexicalWeights.clone();
  }

  /**
   * The probability that a candidate with these features is the claim looked for; {@code lexical}
   * for a candidate without a vector.
   */
  public double score(double[] features, boolean lexical) {
    double[] w = lexical ? lexicalWeights : weights;
    double z = w[FEATURES.length];
    for (int i = 0; i < FEATURES.length; i++) {
      z += w[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The shipped model. */
  public static MatchModel shipped() {
    try (InputStream in = MatchModel.class.getResourceAsStream("match-model.properties")) {
      if (in == null) {
        throw new IllegalStateException("match-model.properties is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return parse(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model written by {@link #format()}. */
  public static MatchModel parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(p);
  }

  private static MatchModel parse(Properties p) {
    return new MatchModel(
        p.getProperty("embedding.model"),
        weights(p, "weight."),
        Double.parseDouble(p.getProperty("already.checked", "1")),
        weights(p, "lexical.weight."),
        Double.parseDouble(p.getProperty("lexical.already.checked", "1")));
  }

  private static double[] weights(Properties p, String prefix) {
    double[] w = new double[FEATURES.length + 1];
    for (int i = 0; i < FEATURES.length; i++) {
      w[i] = Double.parseDouble(p.getProperty(prefix + FEATURES[i], "0"));
    }
    w[FEATURES.length] = Double.parseDouble(p.getProperty(prefix + "bias", "0"));
    return w;
  }

  /** The model as properties text, the format of the shipped file. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Claim matching: logistic regression over each candidate's features, learned on the\n");
    b.append("# CLEF-2020 CheckThat! Task 2 training tweets only (docs/decisions/0012).\n");
    b.append("embedding.model=").append(embeddingModel).append('\n');
    format(b, "weight.", weights);
    b.append("already.checked=").append(number(alreadyChecked)).append('\n');
    format(b, "lexical.weight.", lexicalWeights);
    b.append("lexical.already.checked=").append(number(lexicalAlreadyChecked)).append('\n');
    return b.toString();
  }

  private static void format(StringBuilder b, String prefix, double[] w) {
    for (int i = 0; i < FEATURES.length; i++) {
      b.append(prefix).append(FEATURES[i]).append('=').append(number(w[i])).append('\n');
    }
    b.append(prefix).append("bias=").append(number(w[FEATURES.length])).append('\n');
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.6f", x);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] lexicalWeights() {
    return lexicalWeights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchModel m
        && Objects.equals(embeddingModel, m.embeddingModel)
        && Arrays.equals(weights, m.weights)
        && alreadyChecked == m.alreadyChecked
        && Arrays.equals(lexicalWeights, m.lexicalWeights)
        && lexicalAlreadyChecked == m.lexicalAlreadyChecked;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        embeddingModel,
        Arrays.hashCode(weights),
        alreadyChecked,
        Arrays.hashCode(lexicalWeights),
        lexicalAlreadyChecked);
  }

  @Override
  public String toString() {
    return format();
  }
}
