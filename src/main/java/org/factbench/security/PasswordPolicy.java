package org.factbench.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factbench.base.ValidationFailedException;
import org.springframework.stereotype.Component;

/** The rules a new password must meet: long enough, not a well-known one, not the user name. */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common;

  public PasswordPolicy() {
    this.common = load("/security/common-passwords.txt");
  }

  /** Refuses a password that breaks a rule, with a message that says which. */
  /** The most bcrypt reads of a password. */
  static final int MAX_BYTES = 72;

  public void check(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new ValidationFailedException(
          "password", "The password must have at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new ValidationFailedException(
          "password", "The password must have at most " + MAX_LENGTH + " characters.");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
      // bcrypt reads only the first 72 bytes: the rest would be ignored without a word
      throw new ValidationFailedException(
          "password",
          "The password must fit in "
              + MAX_BYTES
              + " bytes (about 72 letters of the Latin alphabet, fewer in other scripts).");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      throw new ValidationFailedException(
          "password", "This password is on the list of the most common passwords. Choose another.");
    }
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw new ValidationFailedException(
          "password", "The password must not contain the user name.");
    }
    if (password.chars().distinct().count() < 4) {
      throw new ValidationFailedException(
          "password", "The password repeats too few characters. Choose a less predictable one.");
    }
  }

  private static Set<String> load(String resource) {
    var in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing " + resource);
    }
    Set<String> words = new HashSet<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
