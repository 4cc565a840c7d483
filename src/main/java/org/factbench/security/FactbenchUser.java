package org.factbench.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security holds them; equal by user name, as session tracking needs.
 */
public class FactbenchUser extends User implements org.factbench.base.Principal {

  private final long id;
  private final String displayName;
  private final boolean admin;

  FactbenchUser(
      long id,
      String username,
      String passwordHash,
      String displayName,
      boolean admin,
      boolean enabled,
      Collection<? extends GrantedAuthority> authorities) {
    super(username, passwordHash, enabled, true, true, true, authorities);
    this.id = id;
    this.displayName = displayName;
    this.admin = admin;
  }

  public long getId() {
    return id;
  }

  @Override
  public String getDisplayName() {
    return displayName;
  }

  /** Whether this user administers the whole installation. */
  public boolean isAdmin() {
    return admin;
  }

  @Override
  public String getRoleKey() {
    Role highest = null;
    for (Role role : Role.values()) {
      if (getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
        highest = role;
      }
    }
    return highest == null ? "security.role.none" : highest.labelKey();
  }
}
