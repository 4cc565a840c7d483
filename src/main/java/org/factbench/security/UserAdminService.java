package org.factbench.security;

import java.util.Locale;
import java.util.regex.Pattern;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The installation admin's management of user accounts. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdminService {

  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final SessionRegistry sessions;
  private final ApiTokens tokens;

  UserAdminService(
      UserAccountRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      SessionRegistry sessions,
      ApiTokens tokens) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.sessions = sessions;
    this.tokens = tokens;
  }

  @Transactional(readOnly = true)
  public Slice<UserSummary> list(String filter, Pageable page) {
    Pageable sorted =
        page.getSort().isSorted()
            ? page
            : org.springframework.data.domain.PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                org.springframework.data.domain.Sort.by("username"));
    return users.search(filter == null ? "" : filter.strip(), sorted).map(UserSummary::of);
  }

  @Transactional
  public UserSummary create(NewUser input) {
    String username = normaliseUsername(input.username());
    if (users.findByUsername(username).isPresent()) {
      throw new ValidationFailedException("username", "The user name " + username + " is taken.");
    }
    String displayName = input.displayName() == null ? "" : input.displayName().strip();
    if (displayName.isEmpty() || displayName.length() > 200) {
      throw new ValidationFailedException(
          "displayName", "Enter a display name of 1 to 200 characters.");
    }
    policy.check(username, input.password());
    UserAccount account =
        new UserAccount(username, displayName, encoder.encode(input.password()), input.admin());
    return UserSummary.of(users.save(account));
  }

  @Transactional
  public UserSummary setAdmin(long userId, boolean admin) {
    UserAccount account = find(userId);
    if (!admin && account.getId() == CurrentUser.id()) {
      throw new ValidationFailedException(null, "You cannot take away your own admin role.");
    }
    account.setAdmin(admin);
    return UserSummary.of(account);
  }

  /**
   * Enables or disables an account; disabling ends the user's sessions on every node at their next
   * request, and their tokens stop working.
   */
  @Transactional
  public UserSummary setEnabled(long userId, boolean enabled) {
    UserAccount account = find(userId);
    if (!enabled && account.getId() == CurrentUser.id()) {
      throw new ValidationFailedException(null, "You cannot disable your own account.");
    }
    account.setEnabled(enabled);
    if (!enabled) {
      endSessions(account.getUsername());
    }
    return UserSummary.of(account);
  }

  /**
   * Sets a new password chosen by the admin: everything signed in with the old one ends, the user's
   * sessions on every node and their API tokens. Returns how many tokens were revoked.
   */
  @Transactional
  public int resetPassword(long userId, String newPassword) {
    UserAccount account = find(userId);
    policy.check(account.getUsername(), newPassword);
    account.setPasswordHash(encoder.encode(newPassword));
    users.saveAndFlush(account);
    endSessions(account.getUsername());
    return tokens.revokeAll(account.getId());
  }

  /** How many signed-in sessions this user has (for the admin's view). */
  public int activeSessions(String username) {
    return sessions.getAllSessions(principal(username), false).size();
  }

  private void endSessions(String username) {
    sessions.getAllSessions(principal(username), false).forEach(SessionInformation::expireNow);
  }

  private static Object principal(String username) {
    // FactbenchUser is equal by user name, which is how the registry finds a user's sessions
    return new FactbenchUser(0, username, "", "", false, true, java.util.List.of(), 0, 0);
  }

  private UserAccount find(long userId) {
    return users.findById(userId).orElseThrow(() -> new NotFoundException("The user"));
  }

  static String normaliseUsername(String raw) {
    String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new ValidationFailedException(
          "username",
          "A user name has 2 to 64 characters: letters, digits, dot, dash or underscore, starting with a"
              + " letter or digit.");
    }
    return username;
  }
}
