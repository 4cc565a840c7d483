package org.factbench.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.factbench.base.StorageFailures;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer fbt_…}: a valid, unexpired,
 * unrevoked token of an enabled user authenticates as that user; any other bearer value is answered
 * 401 at once. Requests without a bearer token pass on (to HTTP Basic).
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserDetailsService users;

  BearerTokenFilter(ApiTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<UserDetails> user;
    try {
      user = lookUp(header);
    } catch (RuntimeException e) {
      if (!StorageFailures.isUnavailable(e)) {
        throw e;
      }
      ApiAuthenticationEntryPoint.unavailable(response);
      return;
    }
    if (user.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The token is unknown, revoked or expired.\"}");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<UserDetails> lookUp(String header) {
    return tokens
        .authenticate(header.substring(7).strip())
        .flatMap(
            name -> {
              try {
                return Optional.of(users.loadUserByUsername(name));
              } catch (UsernameNotFoundException e) {
                return Optional.empty();
              }
            });
  }
}
