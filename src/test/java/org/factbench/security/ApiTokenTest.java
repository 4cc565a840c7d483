package org.factbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;

  UserSummary user;
  WorkspaceSummary mine;
  WorkspaceSummary other;

  @BeforeEach
  void aUserWithAWorkspace() {
    user = fixtures.user("token-user");
    mine = fixtures.workspace("token-mine");
    other = fixtures.workspace("token-other");
    fixtures.member(mine, user, Role.EDITOR);
  }

  private ApiTokens.NewToken create(String name) {
    return fixtures.as(user, () -> tokens.create(name, 30));
  }

  @Test
  void a_token_signs_in_api_requests_as_its_user_and_only_its_hash_is_stored() throws Exception {
    ApiTokens.NewToken t = create("nightly script");

    assertThat(t.secret()).startsWith("fbt_").hasSizeGreaterThan(40);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t.secret()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(user.username()));
    String stored =
        jdbc.sql("select token_hash || prefix || name from api_token where id = ?")
            .param(t.info().id())
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(t.secret()).contains(ApiTokens.hash(t.secret()));
    assertThat(fixtures.as(user, () -> tokens.mine()))
        .singleElement()
        .satisfies(i -> assertThat(i.lastUsedAt()).isNotNull());
  }

  @Test
  void http_basic_with_the_password_still_works_for_scripts() throws Exception {
    mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(user.username()));
  }

  @Test
  void revoked_expired_unknown_and_malformed_tokens_are_refused() throws Exception {
    ApiTokens.NewToken revoked = create("revoked");
    fixtures.as(user, () -> tokens.revoke(revoked.info().id()));
    ApiTokens.NewToken expired = create("expired");
    jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?")
        .param(expired.info().id())
        .update();

    for (String bearer :
        new String[] {
          revoked.secret(), expired.secret(), "fbt_" + "A".repeat(43), "not-a-token", ""
        }) {
      mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + bearer))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void a_disabled_users_token_stops_working() throws Exception {
    ApiTokens.NewToken t = create("before leaving");
    jdbc.sql("update app_user set enabled = false where id = ?").param(user.id()).update();

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t.secret()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void a_token_reaches_only_its_users_workspaces() throws Exception {
    ApiTokens.NewToken t = create("reports");

    mvc.perform(
            get("/api/v1/workspaces/" + mine.id() + "/reports/csv")
                .header("Authorization", "Bearer " + t.secret()))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/workspaces/" + other.id() + "/reports/csv")
                .header("Authorization", "Bearer " + t.secret()))
        .andExpect(status().isNotFound());
  }

  @Test
  void tokens_are_named_bounded_in_lifetime_and_revoked_only_by_their_owner() {
    assertThatThrownBy(() -> fixtures.as(user, () -> tokens.create(" ", 30)))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(() -> fixtures.as(user, () -> tokens.create("forever", 10_000)))
        .isInstanceOf(ValidationFailedException.class);
    ApiTokens.NewToken t = create("mine");
    UserSummary someoneElse = fixtures.user("token-thief");
    assertThatThrownBy(() -> fixtures.as(someoneElse, () -> tokens.revoke(t.info().id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(user, () -> tokens.mine()))
        .singleElement()
        .satisfies(i -> assertThat(i.revokedAt()).isNull());
  }
}
