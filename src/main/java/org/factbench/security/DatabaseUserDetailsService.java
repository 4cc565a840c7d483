package org.factbench.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users from PostgreSQL. Their authorities are the roles they hold in any workspace (with the
 * roles below them), so views can be guarded by role; {@code ROLE_ADMIN} is kept for the
 * installation's admins.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

  private final UserAccountRepository users;
  private final ObjectProvider<WorkspaceRoleSource> workspaceRoles;

  DatabaseUserDetailsService(
      UserAccountRepository users, ObjectProvider<WorkspaceRoleSource> workspaceRoles) {
    this.users = users;
    this.workspaceRoles = workspaceRoles;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    UserAccount account =
        users
            .findByUsername(
                username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    return toUser(account);
  }

  FactbenchUser toUser(UserAccount account) {
    return new FactbenchUser(
        account.getId(),
        account.getUsername(),
        account.getPasswordHash(),
        account.getDisplayName(),
        account.isAdmin(),
        account.isEnabled(),
        authorities(account),
        account.getAccessVersion(),
        account.getCredentialsVersion());
  }

  /** The account as it is now, by id. */
  @Transactional(readOnly = true)
  java.util.Optional<UserAccount> account(long id) {
    return users.findById(id);
  }

  private Set<GrantedAuthority> authorities(UserAccount account) {
    Set<GrantedAuthority> result = new LinkedHashSet<>();
    result.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
    Set<Role> held =
        account.isAdmin()
            ? Set.of(Role.ADMIN)
            : workspaceRoles.getIfAvailable(() -> id -> Set.of()).rolesOf(account.getId());
    for (Role role : Role.values()) {
      // ROLE_ADMIN stays with the installation's admins; a workspace admin manages only their
      // workspace
      boolean installationWide = role == Role.ADMIN && !account.isAdmin();
      if (!installationWide && held.stream().anyMatch(h -> h.includes(role))) {
        result.add(new SimpleGrantedAuthority(role.authority()));
      }
    }
    return result;
  }
}
