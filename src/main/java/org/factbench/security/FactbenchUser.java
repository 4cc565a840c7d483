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
  private final int accessVersion;
  private final int credentialsVersion;

  FactbenchUser(
      long id,
      String username,
      String passwordHash,
      String displayName,
      boolean admin,
      boolean enabled,
      Collection<? extends GrantedAuthority> authorities,
      int accessVersion,
      int credentialsVersion) {
    super(username, passwordHash, enabled, true, true, true, authorities);
    this.id = id;
    this.displayName = displayName;
    this.admin = admin;
    this.accessVersion = accessVersion;
    this.credentialsVersion = credentialsVersion;
  }

  /** Which change of the user's roles this sign-in reflects. */
  int accessVersion() {
    return accessVersion;
  }

  /** Which password (and enabled state) this sign-in was made with. */
  int credentialsVersion() {
    return credentialsVersion;
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
