package org.factbench.claim;

import java.time.Instant;

/**
 * Where a claim stands in review: who proposed its verdict and who last edited its content (the
 * four-eyes rule excludes both), since when it has its status, the last reviewer's comment, and the
 * open dispute if there is one.
 */
public record ReviewState(
    Long verdictBy,
    String verdictByName,
    Long editedBy,
    String editedByName,
    Instant statusChangedAt,
    String comment,
    String commentByName,
    Instant commentAt,
    DisputeView dispute) {

  /** The same state with {@code open} as its open dispute. */
  public ReviewState withDispute(DisputeView open) {
    return new ReviewState(
        verdictBy,
        verdictByName,
        editedBy,
        editedByName,
        statusChangedAt,
        comment,
        commentByName,
        commentAt,
        open);
  }

  /** The same state without the last reviewer's comment, which is internal. */
  public ReviewState withoutComment() {
    return new ReviewState(
        verdictBy,
        verdictByName,
        editedBy,
        editedByName,
        statusChangedAt,
        null,
        null,
        null,
        dispute);
  }

  /** Whether {@code userId} proposed the verdict or last edited the content. */
  public boolean involves(long userId) {
    return verdictBy != null && verdictBy == userId || editedBy != null && editedBy == userId;
  }
}
