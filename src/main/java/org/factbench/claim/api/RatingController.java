package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/workspaces/{workspaceId}/ratings}: the workspace's rating scale, best first,
 * so that scripts can pick the {@code ratingId} of a verdict.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/ratings")
@Tag(name = "Ratings", description = "The workspace's rating scale")
class RatingController {

  private final RatingScale scale;

  RatingController(RatingScale scale) {
    this.scale = scale;
  }

  @GetMapping
  @Operation(summary = "The rating scale, best first; the ids are the ratingIds of verdicts")
  List<Verdict> scale(@PathVariable long workspaceId) {
    return scale.of(workspaceId);
  }
}
