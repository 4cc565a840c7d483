package org.factbench.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.factbench.base.StorageFailures;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request to the HTTP API (or its description) that has no valid credentials: 401, the
 * two accepted schemes in {@code WWW-Authenticate}, and a problem detail that says what to send.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private static final String BODY =
      "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"Send a personal access token (Authorization: Bearer fbt_...) or HTTP"
          + " Basic credentials of an enabled account.\"}";

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (StorageFailures.isUnavailable(e)) {
      unavailable(response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.addHeader("WWW-Authenticate", "Bearer realm=\"Factbench\"");
    response.addHeader("WWW-Authenticate", "Basic realm=\"Factbench\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8);
    response.getWriter().write(BODY);
  }

  /** 503 with a problem detail: the credentials could not be checked because storage is down. */
  static void unavailable(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8);
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Storage unavailable\",\"status\":503,"
                + "\"detail\":\""
                + StorageFailures.UNAVAILABLE
                + "\"}");
  }
}
