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

  AccountService(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
  }

  @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
  @Transactional
  public void changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount me = users.findById(CurrentUser.id()).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
      throw new ValidationFailedException("currentPassword", "The current password is not right.");
    }
    policy.check(me.getUsername(), newPassword);
    me.setPasswordHash(encoder.encode(newPassword));
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
