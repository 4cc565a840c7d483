package org.factbench.assist;

import java.util.List;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * Embeds a document's sentences the one way that training and scoring share: consecutive chunks of
 * {@link #CHUNK} sentences in reading order, each chunk one call to the embedder. The quantised
 * model's vectors depend slightly on the other sentences of a call, so training (which caches the
 * vectors of each training document) and the application must cut documents the same way to give
 * the same vectors.
 */
final class SentenceVectors {

  private SentenceVectors() {}

  /** Sentences per embedder call; progress is reported after each. */
  static final int CHUNK = 256;

  /**
   * One vector per text, in order; {@code progress} hears before the first chunk (0 done) and after
   * each chunk.
   */
  static float[][] of(SentenceEmbedder embedder, List<String> texts, ScoringProgress progress) {
    float[][] out = new float[texts.size()][];
    progress.scored(0, texts.size());
    for (int from = 0; from < texts.size(); from += CHUNK) {
      int to = Math.min(texts.size(), from + CHUNK);
      float[][] chunk = embedder.embed(texts.subList(from, to));
      System.arraycopy(chunk, 0, out, from, chunk.length);
      progress.scored(to, texts.size());
    }
    return out;
  }
}
