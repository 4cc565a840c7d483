package org.factbench.claim;

import java.time.Instant;
import java.util.List;

/**
 * Everything about one claim that its detail panel shows. {@code figureCheck} says how the claim's
 * figure disagrees with its sources' (null when it does not); {@code sameAs} is the claim this one
 * repeats, {@code sameClaims} the claims that repeat this one; {@code publishedUrl} is the address
 * of the claim's public fact-check, when it has one of its own (else empty).
 */
public record ClaimDetail(
    long id,
    long workspaceId,
    Anchor anchor,
    String documentTitle,
    String wording,
    String claimant,
    Integer timeSeconds,
    List<String> tags,
    Long assigneeId,
    String assigneeName,
    ClaimStatus status,
    Verdict verdict,
    String rationale,
    long createdBy,
    Instant createdAt,
    long updatedBy,
    String updatedByName,
    Instant updatedAt,
    boolean deleted,
    long version,
    ReviewState review,
    List<Evidence> sources,
    List<NoteView> notes,
    String figureCheck,
    ClaimLink sameAs,
    List<ClaimLink> sameClaims,
    String publishedUrl) {

  /**
   * The same claim with its review state, sources, notes and the claims that repeat it replaced.
   */
  public ClaimDetail with(
      ReviewState review,
      List<Evidence> sources,
      List<NoteView> notes,
      List<ClaimLink> sameClaims) {
    return copy(review, sources, notes, sameAs, sameClaims);
  }

  /**
   * The same claim with its "same claim as" links to published claims only, as a viewer sees it.
   */
  ClaimDetail linkingPublishedOnly() {
    return copy(
        review,
        sources,
        notes,
        sameAs != null && sameAs.status() == ClaimStatus.PUBLISHED ? sameAs : null,
        sameClaims.stream().filter(l -> l.status() == ClaimStatus.PUBLISHED).toList());
  }

  private ClaimDetail copy(
      ReviewState review,
      List<Evidence> sources,
      List<NoteView> notes,
      ClaimLink sameAs,
      List<ClaimLink> sameClaims) {
    return new ClaimDetail(
        id,
        workspaceId,
        anchor,
        documentTitle,
        wording,
        claimant,
        timeSeconds,
        tags,
        assigneeId,
        assigneeName,
        status,
        verdict,
        rationale,
        createdBy,
        createdAt,
        updatedBy,
        updatedByName,
        updatedAt,
        deleted,
        version,
        review,
        sources,
        notes,
        figureCheck,
        sameAs,
        sameClaims,
        publishedUrl);
  }

  /** The fields a person edits, as they are now, to start an edit from. */
  public ClaimEdit toEdit() {
    return new ClaimEdit(
        wording,
        claimant,
        timeSeconds,
        tags,
        assigneeId,
        verdict == null ? null : verdict.id(),
        rationale,
        version);
  }
}
