package org.factbench.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.factbench.base.StorageFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps each signed-in session in step with its user, on every node, at every request: a session of
 * a disabled user, or signed in with a password that has since changed, ends; a session whose
 * user's roles changed (admin flag, memberships) takes the new roles; a session older than the
 * absolute lifetime ends. One primary-key read per request.
 */
class SessionPolicyFilter extends OncePerRequestFilter {

  private final JdbcClient jdbc;
  private final DatabaseUserDetailsService users;
  private final Duration maxLifetime;
  private final Clock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SessionPolicyFilter(
      JdbcClient jdbc, DatabaseUserDetailsService users, Duration maxLifetime, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.maxLifetime = maxLifetime;
    this.clock = clock;
  }

  private record State(boolean enabled, int accessVersion, int credentialsVersion) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null
        && auth != null
        && auth.getPrincipal() instanceof FactbenchUser user
        && !check(request, response, session, user)
        && "GET".equals(request.getMethod())
        && request.getParameter("v-r") == null) {
      // a page the browser navigates to: say why it is at the sign-in page; Vaadin's own requests
      // go on without a session, and Vaadin tells the user their session ended
      response.sendRedirect(request.getContextPath() + "/login?ended");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the session goes on (possibly with fresh roles); false when it was ended. */
  private boolean check(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      FactbenchUser user) {
    if (clock.millis() - session.getCreationTime() > maxLifetime.toMillis()) {
      end(session);
      return false;
    }
    State now;
    try {
      now =
          jdbc.sql("select enabled, access_version, credentials_version from app_user where id = ?")
              .param(user.getId())
              .query((rs, i) -> new State(rs.getBoolean(1), rs.getInt(2), rs.getInt(3)))
              .optional()
              .orElse(null);
    } catch (RuntimeException e) {
      if (StorageFailures.isUnavailable(e)) {
        return true; // the services refuse with a clear message while the database is away
      }
      throw e;
    }
    if (now == null || !now.enabled() || now.credentialsVersion() != user.credentialsVersion()) {
      end(session);
      return false;
    }
    if (now.accessVersion() != user.accessVersion()) {
      users
          .account(user.getId())
          .map(users::toUser)
          .ifPresent(fresh -> replace(request, response, fresh));
    }
    return true;
  }

  private static void end(HttpSession session) {
    SecurityContextHolder.clearContext();
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // ended meanwhile: nothing left to do
    }
  }

  private void replace(
      HttpServletRequest request, HttpServletResponse response, FactbenchUser fresh) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /** Puts a fresh copy of {@code fresh} into the current session, as a sign-in would. */
  static void refreshCurrent(FactbenchUser fresh) {
    SecurityContext context = SecurityContextHolder.getContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    var attributes =
        org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
    if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes s) {
      HttpSession session = s.getRequest().getSession(false);
      if (session != null) {
        session.setAttribute(
            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
      }
    }
  }
}
