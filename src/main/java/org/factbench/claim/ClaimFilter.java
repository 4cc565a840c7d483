package org.factbench.claim;

import java.time.Instant;

/**
 * What the claims grid is narrowed to; a {@code null} field does not filter. {@code text} is
 * matched with PostgreSQL full-text search over wording, quote and rationale. {@code statusBefore}
 * keeps the claims whose status has not changed since that instant (the desk's "waiting over two
 * days"); {@code figureFlagged} those whose figures the figure check flagged.
 */
public record ClaimFilter(
    ClaimStatus status,
    Long ratingId,
    String claimant,
    String tag,
    Long assigneeId,
    Long documentId,
    String text,
    Instant statusBefore,
    boolean figureFlagged) {

  public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null);

  /** The filters the claims list offers as fields. */
  public ClaimFilter(
      ClaimStatus status,
      Long ratingId,
      String claimant,
      String tag,
      Long assigneeId,
      Long documentId,
      String text) {
    this(status, ratingId, claimant, tag, assigneeId, documentId, text, null, false);
  }

  public ClaimFilter withStatus(ClaimStatus newStatus) {
    return new ClaimFilter(
        newStatus,
        ratingId,
        claimant,
        tag,
        assigneeId,
        documentId,
        text,
        statusBefore,
        figureFlagged);
  }

  public ClaimFilter withText(String newText) {
    return new ClaimFilter(
        status,
        ratingId,
        claimant,
        tag,
        assigneeId,
        documentId,
        newText,
        statusBefore,
        figureFlagged);
  }

  public ClaimFilter withDocument(Long newDocumentId) {
    return new ClaimFilter(
        status,
        ratingId,
        claimant,
        tag,
        assigneeId,
        newDocumentId,
        text,
        statusBefore,
        figureFlagged);
  }

  /** This filter, also keeping only claims whose status is older than {@code before}. */
  public ClaimFilter withStatusBefore(Instant before) {
    return new ClaimFilter(
        status, ratingId, claimant, tag, assigneeId, documentId, text, before, figureFlagged);
  }

  /** This filter, also keeping only claims with flagged figures when {@code flagged}. */
  public ClaimFilter withFigureFlagged(boolean flagged) {
    return new ClaimFilter(
        status, ratingId, claimant, tag, assigneeId, documentId, text, statusBefore, flagged);
  }
}
