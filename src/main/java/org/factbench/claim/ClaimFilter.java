package org.factbench.claim;

/**
 * What the claims grid is narrowed to; a {@code null} field does not filter. {@code text} is
 * matched with PostgreSQL full-text search over wording, quote and rationale.
 */
public record ClaimFilter(
    ClaimStatus status,
    Long ratingId,
    String claimant,
    String tag,
    Long assigneeId,
    Long documentId,
    String text) {

  public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null);

  public ClaimFilter withStatus(ClaimStatus newStatus) {
    return new ClaimFilter(newStatus, ratingId, claimant, tag, assigneeId, documentId, text);
  }

  public ClaimFilter withText(String newText) {
    return new ClaimFilter(status, ratingId, claimant, tag, assigneeId, documentId, newText);
  }

  public ClaimFilter withDocument(Long newDocumentId) {
    return new ClaimFilter(status, ratingId, claimant, tag, assigneeId, newDocumentId, text);
  }
}
