package org.factbench.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo installation's users, all with {@link #PASSWORD}. Used only when the demo is
 * enabled.
 */
@Component
public class DemoUsers {

  /** The password of every demo user, as the README lists them. */
  public static final String PASSWORD = InitialAdmin.DEMO_PASSWORD;

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;

  DemoUsers(UserAccountRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  /** Creates the user unless the name is taken. */
  @Transactional
  public void ensure(String username, String displayName) {
    if (users.findByUsername(username).isEmpty()) {
      users.save(new UserAccount(username, displayName, encoder.encode(PASSWORD), false));
    }
  }
}
