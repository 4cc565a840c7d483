package org.factbench.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimQueries;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.SimilarClaims;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Similar claims across the workspace: {@code
 * /api/v1/workspaces/{workspaceId}/similar-claims?text=} for a wording not yet a claim, {@code
 * .../claims/{claimId}/similar} for a claim.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Claims")
class MatchingController {

  private final SimilarClaims matching;
  private final ClaimQueries claims;

  MatchingController(SimilarClaims matching, ClaimQueries claims) {
    this.matching = matching;
    this.claims = claims;
  }

  @GetMapping("/similar-claims")
  @Operation(
      summary = "Claims like a wording, best first, with their verdicts and why they match",
      description = "For a suggested sentence or a claim being written.")
  List<SimilarClaim> similarToText(
      @PathVariable long workspaceId,
      @RequestParam String text,
      @Parameter(description = "Default 5, at most 20") @RequestParam(defaultValue = "5")
          int limit) {
    return matching.similar(workspaceId, text, null, limit(limit));
  }

  @GetMapping("/claims/{claimId}/similar")
  @Operation(summary = "Claims like this one, best first")
  List<SimilarClaim> similarToClaim(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @Parameter(description = "Default 5, at most 20") @RequestParam(defaultValue = "5")
          int limit) {
    String wording = claims.detail(workspaceId, claimId).wording();
    return matching.similar(workspaceId, wording, claimId, limit(limit));
  }

  private static int limit(int limit) {
    if (limit < 1) {
      throw new ValidationFailedException("limit", "Ask for at least 1 similar claim.");
    }
    return Math.min(limit, 20);
  }
}
