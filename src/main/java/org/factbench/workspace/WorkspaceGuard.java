package org.factbench.workspace;

import org.factbench.base.NotAllowedException;
import org.factbench.base.NotFoundException;
import org.factbench.security.CurrentUser;
import org.factbench.security.FactbenchUser;
import org.factbench.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may the signed-in user do this in that workspace?" for {@code @PreAuthorize} expressions
 * such as {@code @workspaceGuard.has(#workspaceId, 'EDITOR')}. A workspace the user is not a member
 * of does not exist for them: the guard throws {@link NotFoundException}, so no answer tells it
 * apart from a missing one. Someone not signed in is simply denied. Installation admins act as
 * admins of every workspace.
 *
 * <p>Asking for more than {@code VIEWER} with {@link #has} means the caller is about to change
 * something: an archived workspace refuses that for everyone with {@link NotAllowedException},
 * whatever their role. The few reads that need more than {@code VIEWER} ask {@link #reads}.
 */
@Component("workspaceGuard")
public class WorkspaceGuard {

  private final MembershipRepository memberships;
  private final WorkspaceRepository workspaces;

  WorkspaceGuard(MembershipRepository memberships, WorkspaceRepository workspaces) {
    this.memberships = memberships;
    this.workspaces = workspaces;
  }

  /** What an archived workspace answers to a change. */
  public static final String ARCHIVED =
      "This workspace is archived: it can be read, but nothing in it changes until an installation"
          + " admin unarchives it.";

  /**
   * Whether the signed-in user's role in the workspace includes {@code role}; above {@code VIEWER},
   * only while the workspace is not archived.
   */
  @Transactional(readOnly = true)
  public boolean has(long workspaceId, String role) {
    Role required = Role.valueOf(role);
    if (!roleIn(workspaceId).includes(required)) {
      return false;
    }
    if (required != Role.VIEWER && workspaces.isArchived(workspaceId)) {
      throw new NotAllowedException(ARCHIVED);
    }
    return true;
  }

  /**
   * Whether the signed-in user's role in the workspace includes {@code role}, for reading only:
   * archived or not.
   */
  @Transactional(readOnly = true)
  public boolean reads(long workspaceId, String role) {
    return roleIn(workspaceId).includes(Role.valueOf(role));
  }

  /** The signed-in user's role in the workspace; not found when they are not a member. */
  @Transactional(readOnly = true)
  public Role roleIn(long workspaceId) {
    FactbenchUser user =
        CurrentUser.get()
            .orElseThrow(
                () ->
                    new org.springframework.security.access.AccessDeniedException(
                        "Sign in to see workspaces."));
    if (user.isAdmin()) {
      if (!workspaces.existsById(workspaceId)) {
        throw new NotFoundException("The workspace");
      }
      return Role.ADMIN;
    }
    return memberships
        .roleOf(workspaceId, user.getId())
        .orElseThrow(() -> new NotFoundException("The workspace"));
  }
}
