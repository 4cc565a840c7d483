package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.base.ValidationFailedException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void a_long_uncommon_password_is_accepted() {
    assertThatCode(() -> policy.check("erin", "ink-and-evidence-77")).doesNotThrowAnyException();
  }

  @Test
  void a_password_shorter_than_twelve_characters_is_refused() {
    assertThatThrownBy(() -> policy.check("erin", "short-pw-1"))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("at least 12");
  }

  @Test
  void a_common_password_is_refused_whatever_its_case() {
    assertThatThrownBy(() -> policy.check("erin", "Password1234"))
        .hasMessageContaining("most common passwords");
    assertThatThrownBy(() -> policy.check("erin", "QWERTYUIOP123"))
        .hasMessageContaining("most common passwords");
  }

  @Test
  void a_password_containing_the_user_name_is_refused() {
    assertThatThrownBy(() -> policy.check("reviewer", "i-am-the-reviewer-2026"))
        .hasMessageContaining("user name");
  }

  @Test
  void a_password_of_one_repeated_character_is_refused() {
    assertThatThrownBy(() -> policy.check("erin", "zzzzzzzzzzzzzzzz"))
        .isInstanceOf(ValidationFailedException.class);
  }

  @Test
  void a_password_longer_than_bcrypt_reads_is_refused_rather_than_cut_silently() {
    String seventyTwo = "x".repeat(60) + "-evidence-77";
    assertThatCode(() -> policy.check("erin", seventyTwo)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("erin", seventyTwo + "9"))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("72 bytes");
    // 25 Hebrew letters are 50 bytes, 40 are 80: refused although only 40 characters
    assertThatThrownBy(() -> policy.check("erin", "\u05d0".repeat(40)))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("72 bytes");
  }
}
