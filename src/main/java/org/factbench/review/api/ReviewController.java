package org.factbench.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimStatus;
import org.factbench.review.DisputeResolution;
import org.factbench.review.ReviewOption;
import org.factbench.review.ReviewService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspaceId}/claims/{claimId}/transitions}: the review steps a caller
 * could take now, and taking one. A thin mapping onto {@link ReviewService}, which decides access.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/claims")
@Tag(name = "Claims")
class ReviewController {

  private final ClaimQueries claims;
  private final ReviewService reviews;

  ReviewController(ClaimQueries claims, ReviewService reviews) {
    this.claims = claims;
    this.reviews = reviews;
  }

  @GetMapping("/{claimId}/transitions")
  @Operation(summary = "The review steps you could take now, each allowed or refused with why")
  Transitions transitions(@PathVariable long workspaceId, @PathVariable long claimId) {
    ClaimDetail claim = claims.detail(workspaceId, claimId);
    List<ReviewOption> options = reviews.options(workspaceId, claimId);
    Transitions.DisputeDecision decision = null;
    if (claim.status() == ClaimStatus.DISPUTED) {
      ReviewOption resolve = reviews.resolveOption(workspaceId, claimId);
      decision =
          new Transitions.DisputeDecision(
              resolve.allowed(), resolve.whyNot(), List.of(DisputeResolution.values()));
    }
    return new Transitions(claim.id(), claim.status(), claim.version(), options, decision);
  }

  @PostMapping("/{claimId}/transitions")
  @Operation(
      summary = "Take a review step on the version read",
      description =
          "Refused with 403 and the reason when your role or the four-eyes rule does not allow"
              + " it, 422 when the step does not lead from the claim's status, 409 when the claim"
              + " changed since the version sent.")
  ClaimDetail transition(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @Valid @RequestBody TransitionRequest body) {
    return switch (body.action()) {
      case DISPUTE ->
          reviews.dispute(workspaceId, claimId, body.ratingId(), body.reason(), body.version());
      case RESOLVE_DISPUTE ->
          reviews.resolveDispute(
              workspaceId, claimId, body.resolution(), body.reason(), body.version());
      default ->
          reviews.transition(
              workspaceId, claimId, body.action().reviewAction(), body.reason(), body.version());
    };
  }
}
