package org.factbench.security;

import org.factbench.base.BundleLabel;

/**
 * A member's role in a workspace, lowest first: each role may do everything the roles before it may
 * do. The names are the constants of {@link Roles}.
 */
public enum Role implements BundleLabel {
  VIEWER(Roles.VIEWER),
  EDITOR(Roles.EDITOR),
  REVIEWER(Roles.REVIEWER),
  ADMIN(Roles.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The Spring Security authority for this role, as {@code hasRole} checks it. */
  public String authority() {
    return "ROLE_" + roleName;
  }

  /** Whether a member with this role may do what {@code required} may do. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  /** A label for people, in English. */
  public String label() {
    return roleName.charAt(0) + roleName.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String bundlePrefix() {
    return "security.role";
  }
}
