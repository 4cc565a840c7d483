package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A change to a user's roles, password or account reaches their sessions at the next request, on
 * whichever node: roles are read again, and what was signed in with an old password ends, API
 * tokens included.
 */
@IntegrationTest
class SessionFreshnessTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired UserAdminService admin;
  @Autowired AccountService account;
  @Autowired ApiTokens tokens;
  @Autowired WorkspaceService workspaces;
  @Autowired DatabaseUserDetailsService users;

  private MockHttpSession signIn(String username) throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
            .andExpect(authenticated())
            .andReturn()
            .getRequest()
            .getSession();
  }

  private static FactbenchUser principal(MockHttpSession session) {
    SecurityContext context =
        (SecurityContext)
            session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    return (FactbenchUser) context.getAuthentication().getPrincipal();
  }

  @Test
  void a_demoted_admin_s_open_session_loses_the_admin_role_at_its_next_request() throws Exception {
    var boss = fixtures.admin("demoted");
    MockHttpSession session = signIn(boss.username());
    assertThat(principal(session).isAdmin()).isTrue();

    system.runAs("admin", () -> admin.setAdmin(boss.id(), false));
    mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());

    assertThat(principal(session).isAdmin()).isFalse();
    assertThat(principal(session).getAuthorities())
        .extracting(Object::toString)
        .doesNotContain("ROLE_ADMIN");
  }

  @Test
  void a_new_membership_reaches_an_open_session_at_its_next_request() throws Exception {
    var user = fixtures.user("joins");
    var ws = fixtures.workspace("joined");
    MockHttpSession session = signIn(user.username());
    assertThat(principal(session).getAuthorities())
        .extracting(Object::toString)
        .doesNotContain("ROLE_EDITOR");

    system.runAs("admin", () -> workspaces.setMember(ws.id(), user.username(), Role.EDITOR));
    mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());

    assertThat(principal(session).getAuthorities())
        .extracting(Object::toString)
        .contains("ROLE_EDITOR");
  }

  @Test
  void an_admin_s_password_reset_ends_the_user_s_sessions_and_revokes_their_tokens()
      throws Exception {
    var user = fixtures.user("reset");
    MockHttpSession session = signIn(user.username());
    var token = fixtures.as(user, () -> tokens.create("script", 30));

    int revoked =
        system.runAs("admin", () -> admin.resetPassword(user.id(), "a-brand-new-passphrase-7"));

    assertThat(revoked).isEqualTo(1);
    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void changing_your_own_password_ends_your_other_sessions_and_tokens_but_not_this_one()
      throws Exception {
    var user = fixtures.user("changer");
    MockHttpSession here = signIn(user.username());
    MockHttpSession elsewhere = signIn(user.username());
    var token = fixtures.as(user, () -> tokens.create("script", 30));

    int revoked = inRequest(here, () -> changePassword(false));

    assertThat(revoked).isEqualTo(1);
    mvc.perform(get("/v3/api-docs").session(here)).andExpect(status().isOk());
    assertThat(here.isInvalid()).isFalse();
    mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void whoever_changes_their_own_password_may_keep_their_tokens() throws Exception {
    var user = fixtures.user("keeper");
    MockHttpSession here = signIn(user.username());
    var token = fixtures.as(user, () -> tokens.create("script", 30));

    int revoked = inRequest(here, () -> changePassword(true));

    assertThat(revoked).isZero();
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isOk());
  }

  @Test
  void a_session_older_than_its_absolute_lifetime_ends_whatever_its_activity() throws Exception {
    MockHttpSession session = new MockHttpSession();
    FactbenchUser someone =
        new FactbenchUser(1, "someone", "", "Someone", false, true, java.util.List.of(), 0, 0);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(someone, null, java.util.List.of()));
    try {
      Clock thirteenHoursLater =
          Clock.fixed(
              Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(13)),
              ZoneOffset.UTC);
      var filter = new SessionPolicyFilter(null, users, Duration.ofHours(12), thirteenHoursLater);
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/claims");
      request.setSession(session);
      MockHttpServletResponse response = new MockHttpServletResponse();

      filter.doFilter(request, response, new MockFilterChain());

      assertThat(session.isInvalid()).isTrue();
      assertThat(response.getRedirectedUrl()).isEqualTo("/login?ended");
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private int changePassword(boolean keepTokens) {
    return account.changeOwnPassword(Fixtures.PASSWORD, "my-own-new-passphrase-9", keepTokens);
  }

  /** Runs {@code work} as the signed-in user of {@code session}, as inside one of its requests. */
  private static <T> T inRequest(MockHttpSession session, java.util.function.Supplier<T> work) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setSession(session);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    SecurityContext context =
        (SecurityContext)
            session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
      RequestContextHolder.resetRequestAttributes();
    }
  }
}
