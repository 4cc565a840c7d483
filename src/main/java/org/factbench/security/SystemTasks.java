package org.factbench.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (seeding, provisioning) as a real user, so that it passes the same service
 * checks as people do and the history names who did it.
 */
@Component
public class SystemTasks {

  private final DatabaseUserDetailsService users;

  SystemTasks(DatabaseUserDetailsService users) {
    this.users = users;
  }

  public <T> T runAs(String username, Supplier<T> work) {
    FactbenchUser user = (FactbenchUser) users.loadUserByUsername(username);
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public void runAs(String username, Runnable work) {
    runAs(
        username,
        () -> {
          work.run();
          return null;
        });
  }
}
