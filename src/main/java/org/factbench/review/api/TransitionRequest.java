package org.factbench.review.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.factbench.review.DisputeResolution;

/** A review step to take on a claim, decided on the version read. */
@Schema(
    description =
        "A review step. DISPUTE also needs ratingId (your verdict) and a reason; RESOLVE_DISPUTE"
            + " needs resolution and a reason; RETURN and WITHDRAW need a reason.")
record TransitionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Name the step to take.")
        TransitionAction action,
    @Schema(description = "Why; kept in the claim's history") String reason,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Send the version of the claim you decided on.")
        Long version,
    @Schema(description = "DISPUTE: the verdict you would give, an id from GET .../ratings")
        Long ratingId,
    @Schema(description = "RESOLVE_DISPUTE: how the dispute ends") DisputeResolution resolution) {}
