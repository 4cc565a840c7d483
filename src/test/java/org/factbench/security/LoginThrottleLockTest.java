package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleLockTest {

  @Test
  void the_wait_doubles_with_each_attempt_past_the_free_ones_up_to_a_ceiling() {
    assertThat(LoginThrottle.waitAfter(4, 5)).isEqualTo(Duration.ZERO);
    assertThat(LoginThrottle.waitAfter(5, 5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.waitAfter(6, 5)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.waitAfter(7, 5)).isEqualTo(Duration.ofSeconds(120));
    assertThat(LoginThrottle.waitAfter(50, 5)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void a_user_name_and_an_address_make_three_keys() {
    assertThat(LoginThrottle.key(LoginThrottle.Scope.PAIR, " Erin ", "10.0.0.1"))
        .isEqualTo("erin|10.0.0.1");
    assertThat(LoginThrottle.key(LoginThrottle.Scope.ADDRESS, "erin", "10.0.0.1"))
        .isEqualTo("10.0.0.1");
    assertThat(LoginThrottle.key(LoginThrottle.Scope.ACCOUNT, "erin", null)).isEqualTo("erin");
    assertThat(LoginThrottle.key(LoginThrottle.Scope.PAIR, "erin", null)).isEqualTo("erin|unknown");
  }
}
