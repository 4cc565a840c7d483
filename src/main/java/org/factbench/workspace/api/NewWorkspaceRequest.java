package org.factbench.workspace.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A workspace to create. */
@Schema(description = "A workspace to create; its creator becomes its first admin")
record NewWorkspaceRequest(
    @Schema(
            description = "1 to 120 characters, unique (any case)",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
    @Schema(description = "At most 2000 characters") String description,
    @Schema(description = "At most 200 characters") String organisation) {}
