package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleLockTest {

  @Test
  void the_lock_doubles_with_each_failure_past_the_free_ones_up_to_a_ceiling() {
    assertThat(LoginThrottle.lockFor(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.lockFor(6)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.lockFor(7)).isEqualTo(Duration.ofSeconds(120));
    assertThat(LoginThrottle.lockFor(50)).isEqualTo(Duration.ofMinutes(15));
  }
}
