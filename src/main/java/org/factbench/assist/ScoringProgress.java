package org.factbench.assist;

/**
 * Told how far the scoring of a document has got, before the first and after each chunk of
 * sentences: {@code done} of {@code total} sentences. Scoring a long transcript takes seconds to
 * minutes (the sentence embeddings dominate), so a background job can show "Scoring sentences:
 * 40%". To stop the work, throw from {@link #scored} (for example a {@link
 * java.util.concurrent.CancellationException}); the exception reaches the caller of the scoring
 * method.
 */
@FunctionalInterface
public interface ScoringProgress {

  /** Ignores progress. */
  ScoringProgress NONE = (done, total) -> {};

  void scored(int done, int total);
}
