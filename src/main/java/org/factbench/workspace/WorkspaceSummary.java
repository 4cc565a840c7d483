package org.factbench.workspace;

import org.factbench.security.Role;

/**
 * A workspace as its members see it, with the viewer's own role there; an {@code archived}
 * workspace is read-only for everyone until an installation admin unarchives it.
 */
public record WorkspaceSummary(
    long id, String name, String description, String organisation, Role myRole, boolean archived) {}
