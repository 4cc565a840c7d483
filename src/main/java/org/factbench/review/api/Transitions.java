package org.factbench.review.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.factbench.claim.ClaimStatus;
import org.factbench.review.DisputeResolution;
import org.factbench.review.ReviewOption;

/**
 * The review steps the caller could take on a claim now, each allowed or refused with the reason,
 * and for a disputed claim whether the caller may decide the dispute.
 */
record Transitions(
    long claimId,
    ClaimStatus status,
    @Schema(description = "Send this version with the step") long version,
    List<ReviewOption> options,
    @Schema(description = "Only for a disputed claim") DisputeDecision disputeDecision) {

  /** Whether the caller may end the open dispute (action RESOLVE_DISPUTE), and how. */
  record DisputeDecision(boolean allowed, String whyNot, List<DisputeResolution> resolutions) {}
}
