package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.asJson;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every failure of the API is a problem detail that says what is wrong, and where. */
@IntegrationTest
class ApiErrorsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;

  UserSummary editor;
  UserSummary viewer;
  WorkspaceSummary ws;
  WorkspaceSummary otherTeams;
  RequestPostProcessor asEditor;
  RequestPostProcessor asViewer;
  String base;

  @BeforeEach
  void aWorkspaceWithAnEditorAndAViewerAndAnotherTeamsWorkspace() {
    editor = fixtures.user("err-editor");
    viewer = fixtures.user("err-viewer");
    ws = fixtures.workspace("err-mine");
    otherTeams = fixtures.workspace("err-theirs");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("errors", 1)).secret());
    asViewer = httpBasic(viewer.username(), Fixtures.PASSWORD);
    base = "/api/v1/workspaces/" + ws.id();
  }

  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("at org."))));
  }

  private long aClaim() throws Exception {
    return number(
        mvc.perform(
                asJson(post(base + "/claims"), Map.of("wording", "The river rose 2 metres"))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andReturn(),
        "$.id");
  }

  @Test
  void an_unknown_workspace_and_another_teams_workspace_look_the_same_not_found() throws Exception {
    for (long id : new long[] {otherTeams.id(), 987_654_321L}) {
      String other = "/api/v1/workspaces/" + id;
      problem(mvc.perform(get(other + "/claims").with(asEditor)), 404)
          .andExpect(jsonPath("$.detail").value("The workspace was not found."));
      problem(mvc.perform(get(other + "/documents").with(asEditor)), 404);
      problem(mvc.perform(get(other + "/ratings").with(asEditor)), 404);
      problem(
          mvc.perform(
              asJson(post(other + "/claims"), Map.of("wording", "Not here")).with(asEditor)),
          404);
    }
  }

  @Test
  void a_viewer_may_read_but_not_create() throws Exception {
    mvc.perform(get(base + "/claims").with(asViewer)).andExpect(status().isOk());
    problem(
            mvc.perform(
                asJson(post(base + "/claims"), Map.of("wording", "A viewer's claim"))
                    .with(asViewer)),
            403)
        .andExpect(jsonPath("$.detail").value("Your role in this workspace does not allow this."));
    problem(
        mvc.perform(
            asJson(post(base + "/documents"), Map.of("text", "A viewer's text")).with(asViewer)),
        403);
    problem(
        mvc.perform(
            multipart(base + "/documents")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "Text".getBytes()))
                .with(asViewer)),
        403);
  }

  @Test
  void validation_errors_name_the_field() throws Exception {
    problem(
            mvc.perform(asJson(post(base + "/claims"), Map.of("wording", "  ")).with(asEditor)),
            422)
        .andExpect(jsonPath("$.field").value("wording"));

    long claim = aClaim();
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/sources"),
                        Map.of("url", "javascript:alert(1)", "stance", "SUPPORTS"))
                    .with(asEditor)),
            422)
        .andExpect(jsonPath("$.field").value("url"))
        .andExpect(jsonPath("$.detail").value(containsString("http")));
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/sources"),
                        Map.of(
                            "url",
                            "https://example.org/",
                            "stance",
                            "SUPPORTS",
                            "publishedOn",
                            "2026-02-30"))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("publishedOn"))
        .andExpect(jsonPath("$.detail").value(containsString("YYYY-MM-DD")));
    problem(
            mvc.perform(
                multipart(base + "/documents")
                    .file(new MockMultipartFile("file", "a.txt", "text/plain", "Text".getBytes()))
                    .param("publishedOn", "31/01/2026")
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("publishedOn"));
    problem(
            mvc.perform(
                asJson(put(base + "/claims/" + claim), Map.of("wording", "No version"))
                    .with(asEditor)),
            422)
        .andExpect(jsonPath("$.field").value("version"))
        .andExpect(jsonPath("$.detail").value(containsString("version")));
    problem(
            mvc.perform(
                asJson(post(base + "/documents"), Map.of("title", "Nothing", "text", " "))
                    .with(asEditor)),
            422)
        .andExpect(jsonPath("$.field").value("text"));
  }

  @Test
  void malformed_json_is_a_bad_request_problem() throws Exception {
    problem(
            mvc.perform(
                post(base + "/claims")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"wording\": \"unfinished")
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.title").value("Malformed request"))
        .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    problem(
            mvc.perform(
                post(base + "/claims").contentType(MediaType.APPLICATION_JSON).with(asEditor)),
            400)
        .andExpect(jsonPath("$.detail").value("The request needs a JSON body."));
    problem(
            mvc.perform(
                post(base + "/claims")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"wording\": \"x\", \"tags\": {\"a\": 1}}")
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("tags"));
    problem(
        mvc.perform(
            post(base + "/claims")
                .contentType(MediaType.TEXT_PLAIN)
                .content("wording=x")
                .with(asEditor)),
        415);
  }

  @Test
  void a_file_that_is_not_a_readable_document_is_refused_with_the_reason() throws Exception {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    for (int i = 2; i < exe.length; i++) {
      exe[i] = (byte) (i * 31);
    }
    problem(
            mvc.perform(
                multipart(base + "/documents")
                    .file(
                        new MockMultipartFile("file", "setup.exe", "application/octet-stream", exe))
                    .with(asEditor)),
            415)
        .andExpect(jsonPath("$.title").value("Unsupported file type"))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value(containsString("not a document Factbench can read")));

    byte[] fakePdf =
        ("%PDF-1.7\n" + "this is not really a PDF ".repeat(50)).getBytes(StandardCharsets.US_ASCII);
    problem(
            mvc.perform(
                multipart(base + "/documents")
                    .file(new MockMultipartFile("file", "report.pdf", "application/pdf", fakePdf))
                    .with(asEditor)),
            422)
        .andExpect(jsonPath("$.detail").value(containsString("PDF could not be read")));

    byte[] huge = new byte[10 * 1024 * 1024 + 512 * 1024];
    Arrays.fill(huge, (byte) 'a');
    problem(
            mvc.perform(
                multipart(base + "/documents")
                    .file(new MockMultipartFile("file", "huge.txt", "text/plain", huge))
                    .with(asEditor)),
            413)
        .andExpect(jsonPath("$.detail").value(containsString("the limit is 10")));

    problem(
            mvc.perform(multipart(base + "/documents").param("title", "No file").with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("file"));
    mvc.perform(get(base + "/documents").with(asEditor))
        .andExpect(jsonPath("$.items.length()").value(0));
  }

  @Test
  void over_real_http_an_upload_over_the_limit_is_cut_off_with_a_413_problem() throws Exception {
    String boundary = "factbench-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    byte[] text = new byte[12 * 1024 * 1024];
    Arrays.fill(text, (byte) 'a');
    body.writeBytes(text);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (editor.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/documents"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("\"field\":\"file\"").contains("10 MB");
  }

  @Test
  void a_wrong_enum_or_number_names_the_parameter_and_the_accepted_values() throws Exception {
    problem(mvc.perform(get(base + "/claims").param("status", "DONE").with(asEditor)), 400)
        .andExpect(jsonPath("$.field").value("status"))
        .andExpect(jsonPath("$.detail").value(containsString("READY_FOR_REVIEW")));
    problem(mvc.perform(get(base + "/claims").param("page", "first").with(asEditor)), 400)
        .andExpect(jsonPath("$.field").value("page"));
    problem(mvc.perform(get(base + "/claims").param("size", "0").with(asEditor)), 422)
        .andExpect(jsonPath("$.field").value("size"));
    problem(mvc.perform(get(base + "/claims").param("sort", "colour,desc").with(asEditor)), 422)
        .andExpect(jsonPath("$.field").value("sort"));
    problem(mvc.perform(get(base + "/claims/not-a-number").with(asEditor)), 400)
        .andExpect(jsonPath("$.field").value("claimId"));

    long claim = aClaim();
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/sources"),
                        Map.of("url", "https://example.org/", "stance", "MAYBE"))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("stance"))
        .andExpect(jsonPath("$.detail").value(containsString("SUPPORTS, REFUTES, CONTEXT")));
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/transitions"),
                        Map.of("action", "APPROVE_QUICKLY", "version", 0))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("action"))
        .andExpect(jsonPath("$.detail").value(containsString("RESOLVE_DISPUTE")));
  }

  @Test
  void a_step_the_workflow_does_not_have_and_a_note_of_someone_else_are_refused_with_why()
      throws Exception {
    long claim = aClaim();
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/transitions"),
                        Map.of("action", "PUBLISH", "version", 0))
                    .with(asEditor)),
            422)
        .andExpect(jsonPath("$.detail").value(containsString("cannot be published")));

    UserSummary colleague = fixtures.user("err-colleague");
    fixtures.member(ws, colleague, Role.EDITOR);
    long note =
        number(
            mvc.perform(
                    asJson(post(base + "/claims/" + claim + "/notes"), Map.of("body", "Mine"))
                        .with(asEditor))
                .andReturn(),
            "$.id");
    problem(
            mvc.perform(
                asJson(
                        put(base + "/claims/" + claim + "/notes/" + note),
                        Map.of("body", "Theirs now", "version", 0))
                    .with(httpBasic(colleague.username(), Fixtures.PASSWORD))),
            403)
        .andExpect(jsonPath("$.detail").value("Only the author of a note may edit it."));
    problem(
            mvc.perform(
                asJson(
                        put(base + "/claims/" + claim + "/notes/" + note),
                        Map.of("body", "Edited twice", "version", 7))
                    .with(asEditor)),
            409)
        .andExpect(jsonPath("$.title").value("Edit conflict"));
    problem(mvc.perform(get(base + "/claims/" + claim + "/notes/999999999").with(asEditor)), 404);
  }

  @Test
  void anonymous_callers_are_told_how_to_authenticate() throws Exception {
    problem(mvc.perform(get(base + "/claims")), 401)
        .andExpect(
            header()
                .stringValues(
                    "WWW-Authenticate",
                    hasItems(containsString("Bearer"), containsString("Basic"))));
    problem(
            mvc.perform(
                get(base + "/claims").with(httpBasic(editor.username(), "wrong-password-1"))),
            401)
        .andExpect(header().exists("WWW-Authenticate"));
    mvc.perform(get(base + "/claims").header("Authorization", "Bearer fbt_nope"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
  }

  @Test
  void an_unknown_api_path_is_a_not_found_problem_not_a_page() throws Exception {
    problem(mvc.perform(get("/api/v1/nothing-here").with(asEditor)), 404);
    problem(mvc.perform(get(base + "/claims/1/nothing").with(asEditor)), 404);
  }
}
