package org.factbench.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factbench.base.StorageFailures;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page: {@code ?error} for wrong credentials, {@code
 * ?unavailable} when the credentials could not be checked because the database is down (the user is
 * not told to check a password that may well be right).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

  private final AuthenticationFailureHandler wrongCredentials =
      new SimpleUrlAuthenticationFailureHandler("/login?error");
  private final AuthenticationFailureHandler storageDown =
      new SimpleUrlAuthenticationFailureHandler("/login?unavailable");

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    (StorageFailures.isUnavailable(e) ? storageDown : wrongCredentials)
        .onAuthenticationFailure(request, response, e);
  }
}
