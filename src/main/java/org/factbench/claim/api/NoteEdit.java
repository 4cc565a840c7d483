package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A note's new body, with the version it was read at; only its author may edit it. */
record NoteEdit(
    @Schema(description = "Markdown (a safe subset)", requiredMode = Schema.RequiredMode.REQUIRED)
        String body,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Send the version of the note you read.")
        Long version) {}
