package org.factbench.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factbench.base.ControlCharacters;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.AccessVersions;
import org.factbench.security.AccountService;
import org.factbench.security.CurrentUser;
import org.factbench.security.Role;
import org.factbench.security.Roles;
import org.factbench.security.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces and their members. Every method checks the caller's role in the workspace it touches.
 * Installation admins create, rename, archive and unarchive workspaces; an archived workspace is
 * read-only for everyone, its members included (see {@link WorkspaceGuard}).
 */
@Service
public class WorkspaceService {

  private final WorkspaceRepository workspaces;
  private final MembershipRepository memberships;
  private final AccountService accounts;
  private final WorkspaceGuard guard;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final AccessVersions access;

  WorkspaceService(
      WorkspaceRepository workspaces,
      MembershipRepository memberships,
      AccountService accounts,
      WorkspaceGuard guard,
      org.springframework.context.ApplicationEventPublisher events,
      AccessVersions access) {
    this.events = events;
    this.access = access;
    this.workspaces = workspaces;
    this.memberships = memberships;
    this.accounts = accounts;
    this.guard = guard;
  }

  /** The workspaces the signed-in user belongs to (all of them for an installation admin). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<WorkspaceSummary> mine() {
    var me = CurrentUser.require();
    if (me.isAdmin()) {
      return workspaces.findAllAsAdmin("", PageRequest.of(0, 1000)).getContent().stream()
          .sorted(Comparator.comparing(w -> w.name().toLowerCase(java.util.Locale.ROOT)))
          .toList();
    }
    return workspaces.findForMember(me.getId());
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public WorkspaceSummary get(long workspaceId) {
    return find(workspaceId).summary(guard.roleIn(workspaceId));
  }

  /** Creates a workspace; its creator becomes its first admin. */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional
  public WorkspaceSummary create(String name, String description, String organisation) {
    String cleanName = name(name);
    if (workspaces.existsByNameIgnoreCase(cleanName)) {
      throw new ValidationFailedException("name", "A workspace called " + cleanName + " exists.");
    }
    Workspace w =
        workspaces.save(
            new Workspace(
                cleanName,
                trim("description", description, 2000),
                trim("organisation", organisation, 200)));
    memberships.save(new Membership(w.getId(), CurrentUser.id(), Role.ADMIN));
    events.publishEvent(new WorkspaceCreated(w.getId(), CurrentUser.id()));
    return w.summary(Role.ADMIN);
  }

  /**
   * Renames a workspace or changes its description or organisation; a {@code null} leaves that one
   * as it is. Archived workspaces too: this is administration, not their content.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional
  public WorkspaceSummary update(
      long workspaceId, String name, String description, String organisation) {
    Workspace w = find(workspaceId);
    if (name != null) {
      String cleanName = name(name);
      if (workspaces.existsByNameIgnoreCaseAndIdNot(cleanName, workspaceId)) {
        throw new ValidationFailedException("name", "A workspace called " + cleanName + " exists.");
      }
      w.setName(cleanName);
    }
    if (description != null) {
      w.setDescription(trim("description", description, 2000));
    }
    if (organisation != null) {
      w.setOrganisation(trim("organisation", organisation, 200));
    }
    workspaces.saveAndFlush(w);
    return w.summary(Role.ADMIN);
  }

  /**
   * Sets where the team publishes its fact-checks: an http(s) address with {@code {id}} where the
   * claim's number goes, or empty for none. The ClaimReview export needs it, or each claim's own
   * published address.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public WorkspaceSummary setPublicUrlTemplate(long workspaceId, String template) {
    Workspace w = find(workspaceId);
    String t = template == null ? "" : template.strip();
    if (!t.isEmpty()) {
      if (!t.contains(WorkspaceSummary.PUBLIC_URL_ID)) {
        throw new ValidationFailedException(
            "publicUrlTemplate",
            "Put {id} where the claim's number goes, for example"
                + " https://factcheck.example.org/claims/{id}.");
      }
      // checked as an address with a sample number in place of {id}
      org.factbench.base.HttpUrls.normalise(
          "publicUrlTemplate", t.replace(WorkspaceSummary.PUBLIC_URL_ID, "1"));
      if (t.length() > 500) {
        throw new ValidationFailedException(
            "publicUrlTemplate", "Keep the address under 500 characters.");
      }
    }
    w.setPublicUrlTemplate(t);
    workspaces.saveAndFlush(w);
    return w.summary(guard.roleIn(workspaceId));
  }

  /**
   * Archives a workspace: its members keep reading it, and nothing in it changes, members and
   * rating scale included, until it is unarchived. Archiving an archived workspace changes nothing.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional
  public WorkspaceSummary archive(long workspaceId) {
    Workspace w = find(workspaceId);
    w.archive();
    workspaces.saveAndFlush(w);
    return w.summary(Role.ADMIN);
  }

  /** Brings an archived workspace back into use. */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional
  public WorkspaceSummary unarchive(long workspaceId) {
    Workspace w = find(workspaceId);
    w.unarchive();
    workspaces.saveAndFlush(w);
    return w.summary(Role.ADMIN);
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<Member> members(long workspaceId) {
    List<Membership> list = memberships.findByWorkspace(workspaceId);
    Map<Long, UserSummary> users =
        accounts.findAllById(list.stream().map(m -> m.getKey().userId()).toList()).stream()
            .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    return list.stream()
        .filter(m -> users.containsKey(m.getKey().userId()))
        .map(
            m -> {
              UserSummary u = users.get(m.getKey().userId());
              return new Member(u.id(), u.username(), u.displayName(), m.getRole(), u.enabled());
            })
        .sorted(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Adds a user to the workspace with a role, or changes the role of one who is a member. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public Member setMember(long workspaceId, String username, Role role) {
    return putMember(workspaceId, username, role).member();
  }

  /** What {@link #putMember} did: the member as they are now, and whether they are new. */
  public record MemberPut(Member member, boolean added) {}

  /**
   * Like {@link #setMember}, telling whether the user was added or was a member already (an HTTP
   * PUT answers 201 or 200).
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public MemberPut putMember(long workspaceId, String username, Role role) {
    if (role == null) {
      throw new ValidationFailedException("role", "Choose a role.");
    }
    UserSummary user = user(username);
    var key = new Membership.Key(workspaceId, user.id());
    Membership m = memberships.findById(key).orElse(null);
    boolean added = m == null;
    if (added) {
      m = memberships.save(new Membership(workspaceId, user.id(), role));
    } else {
      if (m.getRole() == Role.ADMIN && role != Role.ADMIN) {
        requireAnotherAdmin(workspaceId);
      }
      m.setRole(role);
    }
    access.changed(user.id());
    return new MemberPut(
        new Member(user.id(), user.username(), user.displayName(), m.getRole(), user.enabled()),
        added);
  }

  /** Removes the user {@code username} from the workspace; not found when they are no member. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public void removeMember(long workspaceId, String username) {
    String name = ControlCharacters.refuse("username", username == null ? "" : username.strip());
    long userId =
        accounts
            .findByUsername(name)
            .map(UserSummary::id)
            .orElseThrow(() -> new NotFoundException("The member"));
    remove(workspaceId, userId);
  }

  private UserSummary user(String username) {
    String name = ControlCharacters.refuse("username", username == null ? "" : username.strip());
    return accounts
        .findByUsername(name)
        .orElseThrow(
            () -> new ValidationFailedException("username", "There is no user " + name + "."));
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public void removeMember(long workspaceId, long userId) {
    remove(workspaceId, userId);
  }

  private void remove(long workspaceId, long userId) {
    Membership m =
        memberships
            .findById(new Membership.Key(workspaceId, userId))
            .orElseThrow(() -> new NotFoundException("The member"));
    if (m.getRole() == Role.ADMIN) {
      requireAnotherAdmin(workspaceId);
    }
    memberships.delete(m);
    access.changed(userId);
  }

  private void requireAnotherAdmin(long workspaceId) {
    if (memberships.countByRole(workspaceId, Role.ADMIN) <= 1) {
      throw new ValidationFailedException(
          "role", "A workspace needs at least one admin. Make someone else admin first.");
    }
  }

  private Workspace find(long workspaceId) {
    return workspaces
        .findById(workspaceId)
        .orElseThrow(() -> new NotFoundException("The workspace"));
  }

  private static String name(String raw) {
    String name = ControlCharacters.refuse("name", raw == null ? "" : raw.strip());
    if (name.isEmpty() || name.length() > 120) {
      throw new ValidationFailedException(
          "name", "Give the workspace a name of 1 to 120 characters.");
    }
    return name;
  }

  private static String trim(String field, String s, int max) {
    String t = ControlCharacters.refuse(field, s == null ? "" : s.strip());
    if (t.length() > max) {
      throw new ValidationFailedException(field, "Keep this under " + max + " characters.");
    }
    return t;
  }
}
