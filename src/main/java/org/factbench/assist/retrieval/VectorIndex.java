package org.factbench.assist.retrieval;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Nearest neighbours among unit vectors by dot product (= cosine). Vectors are added, replaced and
 * deleted by passage id; safe for several threads.
 */
public interface VectorIndex extends AutoCloseable {

  /** The length of every vector. */
  int dimensions();

  /** Adds the vector, or replaces the one with this id. */
  void put(long id, float[] unitVector);

  /** Adds or replaces each vector: {@code ids[i]} gets {@code vectors[i]}. */
  default void putAll(long[] ids, float[][] vectors) {
    for (int i = 0; i < ids.length; i++) {
      put(ids[i], vectors[i]);
    }
  }

  /** Removes the vector with this id, if there is one. */
  void delete(long id);

  /** Whether a vector with this id is held. */
  boolean contains(long id);

  /** How many vectors are held. */
  int size();

  /** The {@code k} nearest vectors to {@code query} (a unit vector), nearest first. */
  List<ScoredId> nearest(float[] query, int k);

  /** The similarity of {@code query} to each of {@code ids} that has a vector. */
  Map<Long, Double> similarities(float[] query, Collection<Long> ids);

  @Override
  void close();
}
