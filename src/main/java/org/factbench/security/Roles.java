package org.factbench.security;

/**
 * The role names, in one place. They serve both as Spring Security roles ({@code ROLE_} + name, for
 * access annotations on views and services) and as a member's role in a workspace ({@link Role}).
 */
public final class Roles {

  /**
   * Manages users, workspaces, members and rating scales; resolves disputes; restores deleted
   * claims.
   */
  public static final String ADMIN = "ADMIN";

  /** Researches claims, adds sources and notes, proposes verdicts and sends them to review. */
  public static final String EDITOR = "EDITOR";

  /**
   * Everything an editor does, plus approving, returning, disputing and publishing others'
   * verdicts.
   */
  public static final String REVIEWER = "REVIEWER";

  /** Reads everything in a workspace and changes nothing. */
  public static final String VIEWER = "VIEWER";

  /** Every signed-in user has this role besides the ones above. */
  public static final String USER = "USER";

  private Roles() {}
}
