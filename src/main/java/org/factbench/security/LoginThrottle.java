package org.factbench.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Slows down password guessing without letting anyone lock an account out. Every sign-in attempt
 * reserves a place in three counters at once, in one transaction (so parallel attempts cannot slip
 * past a limit): the user name together with the client's address, the address alone (one address
 * trying many names) and the user name alone (many addresses trying one name). Past a counter's
 * free attempts, further attempts wait for a back-off that doubles up to {@value #LONGEST_MINUTES}
 * minutes. An attacker's failures from one address therefore slow that address, not the account's
 * owner elsewhere; only a spread attack on one name slows everyone for it, and only softly. Kept in
 * PostgreSQL, so it holds across restarts and nodes; rows older than a day are pruned.
 */
@Component
public class LoginThrottle {

  /** Attempts for one user name from one address before back-off starts. */
  public static final int FREE_ATTEMPTS = 5;

  static final int LONGEST_MINUTES = 15;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(LONGEST_MINUTES);
  static final Duration FORGET_AFTER = Duration.ofHours(24);

  /** A counter: what it counts and how many attempts it lets through before back-off. */
  enum Scope {
    PAIR("pair", FREE_ATTEMPTS),
    ADDRESS("address", 30),
    ACCOUNT("account", 20);

    final String column;
    final int free;

    Scope(String column, int free) {
      this.column = column;
      this.free = free;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Reserves an attempt for {@code username} from {@code address}: empty when it may be checked
   * now, else how long to wait. A refused attempt counts nowhere.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<Duration> reserve(String username, String address) {
    Instant now = clock.instant();
    // always the same order, so concurrent reservations cannot deadlock
    for (Scope scope : Scope.values()) {
      String key = key(scope, username, address);
      if (!take(scope, key, now)) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return Optional.of(waitFor(scope, key, now));
      }
    }
    return Optional.empty();
  }

  /** The attempt was right: the name's counters are forgotten, the address's gives one back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username, String address) {
    jdbc.sql(
            "delete from login_attempt where (scope = 'pair' and key = ?) or (scope = 'account' and key = ?)")
        .params(key(Scope.PAIR, username, address), key(Scope.ACCOUNT, username, address))
        .update();
    jdbc.sql(
            """
            update login_attempt set attempts = greatest(attempts - 1, 0),
              blocked_until = case when attempts - 1 < :free then null else blocked_until end
            where scope = 'address' and key = :key
            """)
        .param("free", Scope.ADDRESS.free)
        .param("key", key(Scope.ADDRESS, username, address))
        .update();
  }

  /** How many attempts are on record for the name from the address. */
  @Transactional(readOnly = true)
  public int attempts(String username, String address) {
    return jdbc.sql("select attempts from login_attempt where scope = 'pair' and key = ?")
        .param(key(Scope.PAIR, username, address))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Forgets counters that have seen no attempt for a day. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @Transactional
  public int prune() {
    Timestamp before = Timestamp.from(clock.instant().minus(FORGET_AFTER));
    return jdbc.sql(
            "delete from login_attempt where last_attempt_at < ? and (blocked_until is null or blocked_until < ?)")
        .params(before, Timestamp.from(clock.instant()))
        .update();
  }

  /**
   * Counts one more attempt unless the counter is waiting out a back-off; the attempt that reaches
   * the free number starts the first wait.
   */
  private boolean take(Scope scope, String key, Instant now) {
    List<Integer> taken =
        jdbc.sql(
                """
                insert into login_attempt as a (scope, key, attempts, last_attempt_at, blocked_until)
                values (:scope, :key, 1, :now, case when 1 >= cast(:free as integer) then cast(:firstUntil as timestamptz) end)
                on conflict (scope, key) do update set
                  attempts = case when a.last_attempt_at < cast(:forget as timestamptz) then 1 else a.attempts + 1 end,
                  last_attempt_at = :now,
                  blocked_until =
                    case when (case when a.last_attempt_at < cast(:forget as timestamptz) then 1 else a.attempts + 1 end) >= cast(:free as integer)
                         then cast(:now as timestamptz) + make_interval(secs => least(cast(:longest as double precision), cast(:first as double precision) * power(2, least(
                                (case when a.last_attempt_at < cast(:forget as timestamptz) then 1 else a.attempts + 1 end) - cast(:free as integer), 10))))
                    end
                where a.blocked_until is null or a.blocked_until <= :now
                returning attempts
                """)
            .param("scope", scope.column)
            .param("key", key)
            .param("now", Timestamp.from(now))
            .param("free", scope.free)
            .param("firstUntil", Timestamp.from(now.plus(FIRST_WAIT)))
            .param("forget", Timestamp.from(now.minus(FORGET_AFTER)))
            .param("first", (double) FIRST_WAIT.toSeconds())
            .param("longest", (double) LONGEST_WAIT.toSeconds())
            .query(Integer.class)
            .list();
    return !taken.isEmpty();
  }

  private Duration waitFor(Scope scope, String key, Instant now) {
    return jdbc.sql("select blocked_until from login_attempt where scope = ? and key = ?")
        .params(scope.column, key)
        .query(Instant.class)
        .optional()
        .map(until -> Duration.between(now, until))
        .filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
  }

  /** The wait after the attempt number {@code attempts} of a counter with {@code free} attempts. */
  static Duration waitAfter(int attempts, int free) {
    if (attempts < free) {
      return Duration.ZERO;
    }
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - free, 10));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  static String key(Scope scope, String username, String address) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    name = name.length() > 256 ? name.substring(0, 256) : name;
    String from = address == null || address.isBlank() ? "unknown" : address.strip();
    from = from.length() > 100 ? from.substring(0, 100) : from;
    return switch (scope) {
      case PAIR -> name + "|" + from;
      case ADDRESS -> from;
      case ACCOUNT -> name;
    };
  }
}
