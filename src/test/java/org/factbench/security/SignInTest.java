package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTest {

  /** The address MockMvc's requests come from. */
  static final String LOCAL = "127.0.0.1";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired UserAdminService admin;

  @Test
  void demo_editor_signs_in_with_the_demo_password() throws Exception {
    mvc.perform(formLogin("/login").user("editor").password(DemoUsers.PASSWORD))
        .andExpect(authenticated().withUsername("editor").withRoles("USER", "VIEWER", "EDITOR"));
  }

  @Test
  void the_sign_in_page_is_the_application_s_own_not_spring_s_generated_one() throws Exception {
    String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(html).doesNotContain("Please sign in");
  }

  @Test
  void a_wrong_password_fails_and_says_nothing_about_the_account() throws Exception {
    var user = fixtures.user("wrongpw");
    mvc.perform(formLogin("/login").user(user.username()).password("not-the-password-1"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    // a name that does not exist gets exactly the same answer
    mvc.perform(formLogin("/login").user(Fixtures.unique("nobody")).password("not-the-password-1"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void after_five_failures_even_the_right_password_is_refused_until_the_wait_passes()
      throws Exception {
    var user = fixtures.user("throttled");
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      mvc.perform(formLogin("/login").user(user.username()).password("guess-number-" + i))
          .andExpect(unauthenticated());
    }
    assertThat(throttle.attempts(user.username(), LOCAL)).isEqualTo(5);

    mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    assertThat(throttle.attempts(user.username(), LOCAL))
        .as("a refused attempt during the wait does not count again")
        .isEqualTo(5);

    // the wait has passed
    jdbc.sql(
            "update login_attempt set blocked_until = now() - interval '1 second' where key like ?")
        .param("%" + user.username() + "%")
        .update();
    mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
        .andExpect(authenticated());
    assertThat(throttle.attempts(user.username(), LOCAL)).isZero();
  }

  @Test
  void the_wait_grows_with_each_attempt_after_it_passes() {
    String name = Fixtures.unique("grow");
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.reserve(name, LOCAL)).isEmpty();
    }
    long first = waitSeconds(name);
    jdbc.sql("update login_attempt set blocked_until = now() where key = ?")
        .param(name + "|" + LOCAL)
        .update();
    assertThat(throttle.reserve(name, LOCAL)).isEmpty();
    long second = waitSeconds(name);
    assertThat(first).isBetween(25L, 31L);
    assertThat(second).isBetween(55L, 61L);
  }

  private long waitSeconds(String name) {
    return jdbc.sql(
            "select extract(epoch from blocked_until - last_attempt_at)::bigint from login_attempt"
                + " where scope = 'pair' and key = ?")
        .param(name + "|" + LOCAL)
        .query(Long.class)
        .single();
  }

  @Test
  void a_sign_in_post_without_the_csrf_token_does_not_sign_in() throws Exception {
    var user = fixtures.user("csrf");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", user.username())
                .param("password", Fixtures.PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(status().isForbidden());
    mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
        .andExpect(authenticated());
  }

  @Test
  void a_disabled_user_cannot_sign_in() throws Exception {
    var user = fixtures.user("disabled");
    system.runAs("admin", () -> admin.setEnabled(user.id(), false));
    mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void disabling_a_user_ends_their_live_session() throws Exception {
    var user = fixtures.user("live");
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession();
    assertThat(system.runAs("admin", () -> admin.activeSessions(user.username()))).isEqualTo(1);

    system.runAs("admin", () -> admin.setEnabled(user.id(), false));

    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
  }

  @Test
  void the_api_accepts_http_basic_and_refuses_a_wrong_password() throws Exception {
    var user = fixtures.user("basic");
    mvc.perform(
            get("/api/v1/me")
                .with(
                    SecurityMockMvcRequestPostProcessors.httpBasic(
                        user.username(), Fixtures.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(user.username()));
    mvc.perform(
            get("/api/v1/me")
                .with(
                    SecurityMockMvcRequestPostProcessors.httpBasic(
                        user.username(), "wrong-password-1")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void health_is_public_and_other_actuator_endpoints_are_closed() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/env"))
        .andExpect(
            result ->
                assertThat(result.getResponse().getStatus())
                    .as("closed: sent to sign-in, refused or absent")
                    .isIn(302, 401, 403, 404));
    mvc.perform(
            get("/actuator/env")
                .with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN", "USER")))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
  }
}
