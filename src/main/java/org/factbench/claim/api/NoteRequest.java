package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A note to add to a claim's thread. */
record NoteRequest(
    @Schema(description = "Markdown (a safe subset)", requiredMode = Schema.RequiredMode.REQUIRED)
        String body) {}
