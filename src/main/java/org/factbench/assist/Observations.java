package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Observation}s of a document's sentences, the same way for training and for
 * scoring: cues in the sentence's transcript context, signals, hashed words, and the sentence
 * vectors (given, so that training can take them from its cache).
 */
final class Observations {

  private Observations() {}

  /**
   * The observations of {@code sentences} in reading order, with their {@code speakers} (null
   * outside transcripts) and {@code vectors} (one per sentence, from {@link SentenceVectors}).
   */
  static List<Observation> of(
      List<Sentence> sentences, List<String> speakers, float[][] vectors, int buckets) {
    int n = sentences.size();
    if (speakers.size() != n || vectors.length != n) {
      throw new IllegalArgumentException(
          n + " sentences, " + speakers.size() + " speakers, " + vectors.length + " vectors");
    }
    List<Cues.Context> contexts = Cues.contexts(speakers, sentences);
    List<String[]> cues = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cues.add(Cues.observe(sentences.get(i), contexts.get(i)));
    }
    List<Signals.Found> signals = Signals.of(sentences, speakers, cues);
    List<Observation> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      out.add(
          new Observation(
              s,
              speakers.get(i),
              cues.get(i),
              signals.get(i).labels,
              signals.get(i).values,
              WordGrams.of(s.text(), buckets),
              vectors[i],
              neighbours(vectors, i)));
    }
    return out;
  }

  /** The mean of the vectors before and after {@code i} (one of them at the ends). */
  static float[] neighbours(float[][] vectors, int i) {
    int d = vectors[i].length;
    float[] out = new float[d];
    int count = 0;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < vectors.length) {
        count++;
        for (int k = 0; k < d; k++) {
          out[k] += vectors[j][k];
        }
      }
    }
    if (count == 2) {
      for (int k = 0; k < d; k++) {
        out[k] /= 2;
      }
    }
    return out;
  }
}
