package org.factbench.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one user name,
 * further attempts are refused for a period that doubles with each failure. Kept in the database so
 * that it holds across restarts and nodes; user names that do not exist are throttled alike.
 */
@Component
public class LoginThrottle {

  public static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(24);

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether sign-in for this user name is refused right now. */
  @Transactional(readOnly = true)
  public boolean isLocked(String username) {
    return jdbc.sql("select locked_until from login_attempt where username = ?")
        .param(key(username))
        .query(Instant.class)
        .optional()
        .map(until -> until.isAfter(clock.instant()))
        .orElse(false);
  }

  /** Counts one failed attempt and, past the free ones, locks the name for a growing period. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailure(String username) {
    Instant now = clock.instant();
    int failures =
        jdbc.sql(
                """
                insert into login_attempt (username, failures, last_failure_at) values (:name, 1, :now)
                on conflict (username) do update set
                  failures = case when login_attempt.last_failure_at < :forget then 1
                                  else login_attempt.failures + 1 end,
                  last_failure_at = :now
                returning failures
                """)
            .param("name", key(username))
            .param("now", java.sql.Timestamp.from(now))
            .param("forget", java.sql.Timestamp.from(now.minus(FORGET_AFTER)))
            .query(Integer.class)
            .single();
    if (failures >= FREE_ATTEMPTS) {
      jdbc.sql("update login_attempt set locked_until = ? where username = ?")
          .param(java.sql.Timestamp.from(now.plus(lockFor(failures))))
          .param(key(username))
          .update();
    }
  }

  /** Forgets the failures of a name that has just signed in. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSuccess(String username) {
    jdbc.sql("delete from login_attempt where username = ?").param(key(username)).update();
  }

  /** How many failures are on record for this name. */
  @Transactional(readOnly = true)
  public int failures(String username) {
    return jdbc.sql("select failures from login_attempt where username = ?")
        .param(key(username))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  static Duration lockFor(int failures) {
    int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  private static String key(String username) {
    String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return k.length() > 256 ? k.substring(0, 256) : k;
  }
}
