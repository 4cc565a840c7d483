package org.factbench.document;

/**
 * How far the check-worthiness scoring of a document has got: its {@code state}, {@code done} of
 * {@code total} sentences in the current run (0 of 0 before a run starts), and the model version of
 * the suggestions stored now ({@code modelVersion}, null before the first scoring ends). While a
 * document is re-scored after a model change, the suggestions of the previous version stay.
 */
public record ScoringStatus(State state, int done, int total, Integer modelVersion) {

  /** Where a document is in the background scoring. */
  public enum State {
    /** Waiting for a scorer. */
    QUEUED,
    /** A node is scoring it now. */
    SCORING,
    /** The suggestions come from the current model. */
    DONE,
    /** The scorer gave up; tried again at the next start. */
    FAILED
  }

  /** Whether scoring is still to come or under way. */
  public boolean running() {
    return state == State.QUEUED || state == State.SCORING;
  }

  /** The share of sentences scored, 0 to 100, rounded down; 100 when done. */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
  }
}
