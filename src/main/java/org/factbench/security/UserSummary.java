package org.factbench.security;

/** What other features may know of a user: enough to show and pick them. */
public record UserSummary(
    long id, String username, String displayName, boolean admin, boolean enabled) {

  static UserSummary of(UserAccount u) {
    return new UserSummary(
        u.getId(), u.getUsername(), u.getDisplayName(), u.isAdmin(), u.isEnabled());
  }
}
