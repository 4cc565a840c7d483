package org.factbench.workspace;

import org.factbench.security.Role;

/** A workspace as its members see it, with the viewer's own role there. */
public record WorkspaceSummary(
    long id, String name, String description, String organisation, Role myRole) {}
