package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.factbench.claim.ClaimEdit;

/**
 * The editable fields of a claim, all of them (a field left out is cleared), with the version they
 * were read at.
 */
@Schema(
    description =
        "Replaces the editable fields of a claim: send them all (one left out is cleared) with the"
            + " version you read. A stale version is refused with 409 and the current version.")
record ClaimUpdate(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String wording,
    String claimant,
    @Schema(description = "Seconds into the recording") Integer timeSeconds,
    List<String> tags,
    @Schema(description = "A member's user id") Long assigneeId,
    @Schema(description = "The proposed verdict: an id from GET .../ratings") Long ratingId,
    String rationale,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Send the version of the claim you read.")
        Long version) {

  ClaimEdit toEdit() {
    return new ClaimEdit(
        wording, claimant, timeSeconds, tags, assigneeId, ratingId, rationale, version);
  }
}
