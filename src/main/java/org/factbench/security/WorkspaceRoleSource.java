package org.factbench.security;

import java.util.Set;

/**
 * The roles a user holds in any workspace. The workspace feature implements it; sign-in turns the
 * roles into authorities so that views can be guarded by role. Services check the role in the
 * workspace at hand.
 */
public interface WorkspaceRoleSource {

  Set<Role> rolesOf(long userId);
}
