package org.factbench.workspace;

/**
 * A workspace was created; features that keep per-workspace settings (the rating scale) set them
 * up.
 */
public record WorkspaceCreated(long workspaceId, long actorId) {}
