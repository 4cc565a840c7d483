package org.factbench.document;

import java.util.List;

/**
 * A sentence of a document suggested for checking: its span, its check-worthiness score (0 to 1)
 * with the reasons that raised or lowered it, what an editor decided, and in a transcript who said
 * it.
 */
public record Suggestion(
    long id,
    long documentId,
    int start,
    int end,
    String sentence,
    double score,
    List<String> reasons,
    State state,
    Long claimId,
    String speaker) {

  /** What became of a suggestion. */
  public enum State {
    OPEN,
    DISMISSED,
    ACCEPTED
  }
}
