package org.factbench.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimQueries;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.SimilarClaims;
import org.factbench.matching.SimilarClaimsFound;
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

  static final String MODE = "Factbench-Matching";

  private final SimilarClaims matching;
  private final ClaimQueries claims;

  MatchingController(SimilarClaims matching, ClaimQueries claims) {
    this.matching = matching;
    this.claims = claims;
  }

  @GetMapping("/similar-claims")
  @Operation(
      summary =
          "Claims of the workspace and its reference collections like a wording, best first,"
              + " with their verdicts and why they match",
      description =
          "For a suggested sentence or a claim being written. Each hit has either `claim` or"
              + " `reference` (a fact-check from a reference collection), a `score` (0 to 1),"
              + " `alreadyChecked` (above the threshold calibrated for 90% precision, and with a"
              + " verdict) and `reasons`. The header Factbench-Matching says `lexical` while some"
              + " texts are compared by words alone.")
  List<SimilarClaim> similarToText(
      @PathVariable long workspaceId,
      @RequestParam String text,
      @Parameter(description = "Default 5, at most 20") @RequestParam(defaultValue = "5") int limit,
      HttpServletResponse response) {
    return answer(matching.find(workspaceId, text, null, limit(limit)), response);
  }

  @GetMapping("/claims/{claimId}/similar")
  @Operation(summary = "Claims like this one, best first")
  List<SimilarClaim> similarToClaim(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @Parameter(description = "Default 5, at most 20") @RequestParam(defaultValue = "5") int limit,
      HttpServletResponse response) {
    String wording = claims.detail(workspaceId, claimId).wording();
    return answer(matching.find(workspaceId, wording, claimId, limit(limit)), response);
  }

  /**
   * The hits; the header {@value #MODE} says "lexical" when some of them were compared by words
   * alone (the model still loading, or claims still waiting for their vectors), else "hybrid".
   */
  private static List<SimilarClaim> answer(SimilarClaimsFound found, HttpServletResponse response) {
    response.setHeader(MODE, found.partlyLexical() ? "lexical" : "hybrid");
    return found.hits();
  }

  private static int limit(int limit) {
    if (limit < 1) {
      throw new ValidationFailedException("limit", "Ask for at least 1 similar claim.");
    }
    return Math.min(limit, 20);
  }
}
