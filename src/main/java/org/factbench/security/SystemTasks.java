package org.factbench.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (seeding, provisioning) as a real user, so that it passes the same service
 * checks as people do and the history names who did it.
 */
@Component
public class SystemTasks {

  private final DatabaseUserDetailsService users;
  private final SecurityContextHolderStrategy strategy;

  SystemTasks(
      DatabaseUserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
    this.users = users;
    this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
  }

  public <T> T runAs(String username, Supplier<T> work) {
    FactbenchUser user = (FactbenchUser) users.loadUserByUsername(username);
    SecurityContext previous = strategy.getContext();
    SecurityContext previousStatic = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    // the context's own strategy (what method security reads) and the static holder are one object
    // in an
    // application, but can differ when several application contexts share a JVM, as in tests
    strategy.setContext(context);
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      strategy.setContext(previous);
      SecurityContextHolder.setContext(previousStatic);
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
