package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.factbench.claim.ClaimService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Same claim as" links: {@code .../claims/{claimId}/same-as} to link or unlink. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Claims")
class SameClaimController {

  private final ClaimService claims;

  SameClaimController(ClaimService claims) {
    this.claims = claims;
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
    claims.linkSameAs(workspaceId, claimId, body.claimId());
  }

  @DeleteMapping("/claims/{claimId}/same-as")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the claim's \"same claim as\" link (editors)")
  void unlink(@PathVariable long workspaceId, @PathVariable long claimId) {
    claims.unlink(workspaceId, claimId);
  }
}
