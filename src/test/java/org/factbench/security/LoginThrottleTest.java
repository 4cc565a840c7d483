package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in throttle on real PostgreSQL: a burst of parallel guesses is checked against the
 * password no more often than the free attempts allow, an attacker cannot keep the owner out from
 * another address, and old counters are pruned.
 */
@IntegrationTest
class LoginThrottleTest {

  @Autowired AuthenticationProvider provider;
  @Autowired LoginThrottle throttle;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Authentication attempt(String username, String password, String address) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return provider.authenticate(token);
  }

  @Test
  void a_burst_of_twenty_parallel_guesses_reaches_the_password_check_only_five_times()
      throws Exception {
    var user = fixtures.user("burst");
    int burst = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(burst);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < burst; i++) {
        String guess = "parallel-guess-" + i;
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    attempt(user.username(), guess, "192.0.2.10");
                    return "signed in";
                  } catch (LockedException e) {
                    return "waiting";
                  } catch (BadCredentialsException e) {
                    return "checked";
                  }
                }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get());
      }
      assertThat(results.stream().filter("checked"::equals).count())
          .isEqualTo(LoginThrottle.FREE_ATTEMPTS);
      assertThat(results.stream().filter("waiting"::equals).count())
          .isEqualTo(burst - LoginThrottle.FREE_ATTEMPTS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(throttle.attempts(user.username(), "192.0.2.10"))
        .isEqualTo(LoginThrottle.FREE_ATTEMPTS);
  }

  @Test
  void an_attacker_guessing_from_one_address_does_not_keep_the_owner_out_from_another() {
    var user = fixtures.user("victim");
    for (int i = 0; i < 12; i++) {
      try {
        attempt(user.username(), "wrong-guess-" + i, "203.0.113.7");
      } catch (BadCredentialsException | LockedException expected) {
        // the attacker is slowed down
      }
    }
    assertThatThrownBy(() -> attempt(user.username(), Fixtures.PASSWORD, "203.0.113.7"))
        .isInstanceOf(LockedException.class);

    Authentication owner = attempt(user.username(), Fixtures.PASSWORD, "198.51.100.2");

    assertThat(owner.isAuthenticated()).isTrue();
  }

  @Test
  void guesses_spread_over_many_addresses_slow_the_account_softly_and_never_lock_it_for_good() {
    var user = fixtures.user("spread");
    for (int a = 0; a < 4; a++) {
      for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
        try {
          attempt(user.username(), "wrong-" + i, "198.18.0." + a);
        } catch (BadCredentialsException | LockedException expected) {
          // counted
        }
      }
    }
    var wait = throttle.reserve(user.username(), "198.51.100.99");
    assertThat(wait).isPresent();
    assertThat(wait.get()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void one_address_trying_many_names_waits_after_thirty_attempts() {
    String address = Fixtures.unique("address");
    for (int i = 0; i < 30; i++) {
      assertThat(throttle.reserve(Fixtures.unique("name"), address)).isEmpty();
    }
    assertThat(throttle.reserve(Fixtures.unique("name"), address)).isPresent();
  }

  @Test
  void counters_without_an_attempt_for_a_day_are_pruned() {
    String name = Fixtures.unique("old");
    throttle.reserve(name, "192.0.2.1");
    jdbc.sql(
            "update login_attempt set last_attempt_at = now() - interval '25 hours',"
                + " blocked_until = null where key in (?, ?)")
        .params(name, name + "|192.0.2.1")
        .update();

    throttle.prune();

    assertThat(
            jdbc.sql("select count(*) from login_attempt where key in (?, ?)")
                .params(name, name + "|192.0.2.1")
                .query(Long.class)
                .single())
        .isZero();
  }
}
