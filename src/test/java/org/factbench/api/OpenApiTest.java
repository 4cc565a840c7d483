package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.factbench.security.ApiTokens;
import org.factbench.security.SystemTasks;
import org.factbench.security.UserAdminService;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI description and Swagger UI: behind sign-in (a browser session, a token or HTTP
 * Basic), describing {@code /api/v1} with both security schemes, and not taken over by Vaadin's
 * routes.
 */
@IntegrationTest
class OpenApiTest {

  static final String CLAIMS = "/api/v1/workspaces/{workspaceId}/claims";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired SystemTasks system;
  @Autowired UserAdminService admin;
  @LocalServerPort int port;

  UserSummary user;

  @BeforeEach
  void aUser() {
    user = fixtures.user("openapi");
  }

  private MockHttpSession signIn() throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
            .andExpect(authenticated())
            .andReturn()
            .getRequest()
            .getSession();
  }

  @Test
  void anonymous_callers_get_neither_the_description_nor_swagger_ui() throws Exception {
    mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized())
        .andExpect(header().exists("WWW-Authenticate"))
        .andExpect(content().string(containsString("Bearer")));
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", endsWith("/login")));
    mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", endsWith("/login")));
  }

  @Test
  void with_http_basic_or_a_token_the_description_lists_the_api_and_its_security_schemes()
      throws Exception {
    mvc.perform(get("/v3/api-docs").with(httpBasic(user.username(), Fixtures.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.info.title").value("Factbench API"))
        .andExpect(jsonPath("$.info.version").value("v1"))
        .andExpect(jsonPath("$.paths['" + CLAIMS + "'].get").exists())
        .andExpect(jsonPath("$.paths['" + CLAIMS + "'].post").exists())
        .andExpect(jsonPath("$.paths['" + CLAIMS + "/{claimId}/transitions'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspaceId}/documents'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspaceId}/ratings'].get").exists())
        .andExpect(jsonPath("$.paths.keys()").value(everyItem(startsWith("/api/v1/"))))
        .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
        .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
        .andExpect(jsonPath("$.security[*].bearer").exists());

    String token = fixtures.as(user, () -> tokens.create("docs", 1)).secret();
    mvc.perform(get("/v3/api-docs").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['" + CLAIMS + "']").exists());
  }

  @Test
  void a_signed_in_browser_reads_the_description_and_swagger_ui_but_the_api_ignores_its_session()
      throws Exception {
    MockHttpSession session = signIn();

    mvc.perform(get("/v3/api-docs").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['" + CLAIMS + "']").exists());
    mvc.perform(get("/v3/api-docs/swagger-config").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    mvc.perform(get("/swagger-ui.html").session(session))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
    mvc.perform(get("/swagger-ui/index.html").session(session).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("swagger-ui")));

    // the API is stateless and has no CSRF protection, so a session cookie must not sign it in
    mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    // the UI keeps its CSRF protection: signing out without the token is refused
    mvc.perform(post("/logout").session(session));
    mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
    mvc.perform(post("/logout").session(session).with(csrf()));
    mvc.perform(get("/v3/api-docs").session(session).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void disabling_a_user_ends_their_session_for_the_description_too() throws Exception {
    MockHttpSession session = signIn();
    mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());

    system.runAs("admin", () -> admin.setEnabled(user.id(), false));

    mvc.perform(get("/v3/api-docs").session(session))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", endsWith("/login?ended")));
  }

  @Test
  void over_real_http_swagger_ui_and_the_description_are_served_by_springdoc_not_by_vaadin()
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (user.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> ui =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/swagger-ui/index.html"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui").doesNotContain("vaadin");

    HttpResponse<String> docs =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(docs.body()).contains(CLAIMS);

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);

    HttpResponse<String> unknownApiPath =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nowhere"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(unknownApiPath.statusCode()).isEqualTo(404);
    assertThat(unknownApiPath.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
