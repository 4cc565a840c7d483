package org.factbench.security;

import java.util.Optional;
import org.factbench.base.ValidationFailedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What any signed-in user may do with accounts: change their own password, look up other users. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final DatabaseUserDetailsService details;

  AccountService(
      UserAccountRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      ApiTokens tokens,
      DatabaseUserDetailsService details) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.tokens = tokens;
    this.details = details;
  }

  /**
   * Changes the signed-in user's password. Their other sessions end at their next request, on every
   * node; this one goes on. Their API tokens are revoked too, unless {@code keepTokens}. Returns
   * how many tokens were revoked.
   */
  @Transactional
  public int changeOwnPassword(String currentPassword, String newPassword, boolean keepTokens) {
    UserAccount me = users.findById(CurrentUser.id()).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
      throw new ValidationFailedException("currentPassword", "The current password is not right.");
    }
    policy.check(me.getUsername(), newPassword);
    me.setPasswordHash(encoder.encode(newPassword));
    users.saveAndFlush(me);
    SessionPolicyFilter.refreshCurrent(details.toUser(me));
    return keepTokens ? 0 : tokens.revokeAll(me.getId());
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> findByUsername(String username) {
    return users
        .findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
        .map(UserSummary::of);
  }

  @Transactional(readOnly = true)
  public java.util.List<UserSummary> findAllById(java.util.Collection<Long> ids) {
    return users.findAllById(ids).stream().map(UserSummary::of).toList();
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> findById(long id) {
    return users.findById(id).map(UserSummary::of);
  }
}
