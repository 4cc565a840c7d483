package org.factbench.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with no enabled admin, creates one: with the configured password, the demo password in
 * a demo installation, or else a random password printed once on the console (never in the log). No
 * fixed password outside the demo.
 */
@Component
@Order(10)
class InitialAdmin implements ApplicationRunner {

  /** The password of every demo user, listed in the README. */
  static final String DEMO_PASSWORD = "factbench-demo";

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final String username;
  private final String configuredPassword;
  private final boolean demo;

  InitialAdmin(
      UserAccountRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      @Value("${factbench.admin.username:admin}") String username,
      @Value("${factbench.admin.password:}") String configuredPassword,
      @Value("${factbench.demo.enabled:false}") boolean demo) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.username = UserAdminService.normaliseUsername(username);
    this.configuredPassword = configuredPassword;
    this.demo = demo;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.existsByAdminTrueAndEnabledTrue()) {
      return;
    }
    String password;
    if (!configuredPassword.isBlank()) {
      policy.check(username, configuredPassword);
      password = configuredPassword;
      log.info("Created the first admin '{}' with the configured password.", username);
    } else if (demo) {
      password = DEMO_PASSWORD;
      log.info("Demo installation: created the admin '{}' with the demo password.", username);
    } else {
      password = randomPassword();
      // on the console only, never in the log files: whoever reads the logs must not learn it
      System.out.printf(
          "%n  Factbench created the first admin '%s' with the password: %s%n"
              + "  It is shown once, here only; change it after signing in, or set"
              + " FACTBENCH_ADMIN_PASSWORD.%n%n",
          username, password);
      log.warn(
          "Created the first admin '{}' with a random password, printed once on the console (not"
              + " in this log).",
          username);
    }
    UserAccount admin =
        users
            .findByUsername(username)
            .orElseGet(() -> new UserAccount(username, "Administrator", "", true));
    admin.setPasswordHash(encoder.encode(password));
    admin.setAdmin(true);
    admin.setEnabled(true);
    users.save(admin);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
