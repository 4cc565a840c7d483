package org.factbench.security;

/**
 * A member's role in a workspace, lowest first: each role may do everything the roles before it may
 * do. The names are the constants of {@link Roles}.
 */
public enum Role {
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

  /** The key of the label in the security bundle, for the user interface. */
  public String labelKey() {
    return switch (this) {
      case VIEWER -> "security.role.viewer";
      case EDITOR -> "security.role.editor";
      case REVIEWER -> "security.role.reviewer";
      case ADMIN -> "security.role.admin";
    };
  }
}
