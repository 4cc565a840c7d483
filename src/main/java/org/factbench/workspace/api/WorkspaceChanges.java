package org.factbench.workspace.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** What to change of a workspace: a field left out (or null) stays as it is. */
@Schema(description = "What to change; a field left out stays as it is (JSON merge patch)")
record WorkspaceChanges(
    @Schema(description = "1 to 120 characters, unique (any case)") String name,
    @Schema(description = "At most 2000 characters") String description,
    @Schema(description = "At most 200 characters") String organisation) {}
