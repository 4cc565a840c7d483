package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class LoginFailureHandlerTest {

  @Test
  void a_database_that_cannot_be_reached_is_not_called_a_wrong_password() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new LoginFailureHandler()
        .onAuthenticationFailure(
            new MockHttpServletRequest(),
            response,
            new InternalAuthenticationServiceException(
                "down", new CannotGetJdbcConnectionException("Connection refused")));
    assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
  }

  @Test
  void a_wrong_password_returns_to_the_sign_in_page_with_its_error() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new LoginFailureHandler()
        .onAuthenticationFailure(
            new MockHttpServletRequest(), response, new BadCredentialsException("wrong"));
    assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
  }
}
