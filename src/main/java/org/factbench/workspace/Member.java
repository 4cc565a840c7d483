package org.factbench.workspace;

import org.factbench.security.Role;

/** A member of a workspace as the members list shows them. */
public record Member(
    long userId, String username, String displayName, Role role, boolean enabled) {}
