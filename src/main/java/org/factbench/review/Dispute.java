package org.factbench.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.base.IdentifiedEntity;

/**
 * A reviewer's disagreement with a claim's verdict: the position under dispute as it stood, the
 * reviewer's own verdict and reason, and, once decided, who decided what and why.
 */
@Entity
@Table(name = "dispute")
class Dispute extends IdentifiedEntity {

  @Column(name = "workspace_id", nullable = false, updatable = false)
  private long workspaceId;

  @Column(name = "claim_id", nullable = false, updatable = false)
  private long claimId;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private long openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt = Instant.now();

  @Column(name = "original_rating_id", updatable = false)
  private Long originalRatingId;

  @Column(name = "original_rationale", nullable = false, updatable = false)
  private String originalRationale;

  @Column(name = "original_by", updatable = false)
  private Long originalBy;

  @Column(name = "proposed_rating_id", nullable = false, updatable = false)
  private long proposedRatingId;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "resolved_by")
  private Long resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Enumerated(EnumType.STRING)
  private DisputeResolution resolution;

  @Column(name = "resolution_reason")
  private String resolutionReason;

  protected Dispute() {}

  Dispute(
      long workspaceId,
      long claimId,
      long openedBy,
      Long originalRatingId,
      String originalRationale,
      Long originalBy,
      long proposedRatingId,
      String reason) {
    this.workspaceId = workspaceId;
    this.claimId = claimId;
    this.openedBy = openedBy;
    this.originalRatingId = originalRatingId;
    this.originalRationale = originalRationale;
    this.originalBy = originalBy;
    this.proposedRatingId = proposedRatingId;
    this.reason = reason;
  }

  void resolve(long actor, DisputeResolution resolution, String reason) {
    this.resolvedBy = actor;
    this.resolvedAt = Instant.now();
    this.resolution = resolution;
    this.resolutionReason = reason;
  }

  long getClaimId() {
    return claimId;
  }

  long getOpenedBy() {
    return openedBy;
  }

  long getProposedRatingId() {
    return proposedRatingId;
  }
}
