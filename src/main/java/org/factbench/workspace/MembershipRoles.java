package org.factbench.workspace;

import java.util.EnumSet;
import java.util.Set;
import org.factbench.security.Role;
import org.factbench.security.WorkspaceRoleSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells sign-in which roles a user holds across their workspaces. */
@Component
class MembershipRoles implements WorkspaceRoleSource {

  private final MembershipRepository memberships;

  MembershipRoles(MembershipRepository memberships) {
    this.memberships = memberships;
  }

  @Override
  @Transactional(readOnly = true)
  public Set<Role> rolesOf(long userId) {
    var roles = memberships.rolesOf(userId);
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }
}
