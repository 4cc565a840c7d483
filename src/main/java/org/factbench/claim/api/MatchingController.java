package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimMatching;
import org.factbench.claim.ClaimService;
import org.factbench.claim.SimilarClaim;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Similar claims across the workspace, and "same claim as" links: {@code
 * /api/v1/workspaces/{workspaceId}/similar-claims?text=} for a wording not yet a claim, {@code
 * .../claims/{claimId}/similar} for a claim, and {@code .../claims/{claimId}/same-as} to link or
 * unlink.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Claims")
class MatchingController {

  private final ClaimMatching matching;
  private final ClaimService claims;

  MatchingController(ClaimMatching matching, ClaimService claims) {
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

  @PutMapping("/claims/{claimId}/same-as")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Mark the claim as the same claim as another (editors)",
      description = "Links to the first claim of the other's group, so groups never form chains.")
  void link(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @Valid @RequestBody SameClaimRequest body) {
    matching.linkSameAs(workspaceId, claimId, body.claimId());
  }

  @DeleteMapping("/claims/{claimId}/same-as")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the claim's \"same claim as\" link (editors)")
  void unlink(@PathVariable long workspaceId, @PathVariable long claimId) {
    matching.unlink(workspaceId, claimId);
  }

  private static int limit(int limit) {
    if (limit < 1) {
      throw new ValidationFailedException("limit", "Ask for at least 1 similar claim.");
    }
    return Math.min(limit, 20);
  }
}
