package org.factbench.assist.embed;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product says how alike their meanings are.
 * Implementations run on the CPU with a model shipped inside a jar: no network, no download.
 */
public interface SentenceEmbedder extends AutoCloseable {

  /** The model's name and version, stored with every vector so a model change can be detected. */
  String model();

  /** The length of every vector. */
  int dimensions();

  /**
   * One unit-length vector per text, in the order given. Empty or blank texts get a zero vector.
   * Safe to call from several threads.
   */
  float[][] embed(List<String> texts);

  /**
   * Like {@link #embed(List)}, for texts that are stored to be found rather than looked up; the
   * same for models that make no difference between the two.
   */
  default float[][] embedPassages(List<String> texts) {
    return embed(texts);
  }

  /** One text's vector. */
  default float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  @Override
  default void close() {}
}
