package org.factbench.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user signed in on this thread. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<FactbenchUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof FactbenchUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The signed-in user, or an exception when nobody is. */
  public static FactbenchUser require() {
    return get()
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Please sign in."));
  }

  public static long id() {
    return require().getId();
  }
}
