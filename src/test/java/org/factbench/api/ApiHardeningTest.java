package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.asJson;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a security review found at the API (issue 17, points 7 to 10): hostile origin addresses,
 * viewers reading what the export refuses them, documents of other workspaces told apart from
 * missing ones, and NUL or other control characters reaching PostgreSQL.
 */
@IntegrationTest
class ApiHardeningTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;
  @Autowired DocumentService documents;

  UserSummary editor;
  UserSummary reviewer;
  UserSummary viewer;
  WorkspaceSummary ws;
  RequestPostProcessor asEditor;
  RequestPostProcessor asViewer;
  String base;

  @BeforeEach
  void aWorkspaceWithAnEditorAReviewerAndAViewer() {
    editor = fixtures.user("hard-editor");
    reviewer = fixtures.user("hard-reviewer");
    viewer = fixtures.user("hard-viewer");
    ws = fixtures.workspace("hard");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("hardening", 1)).secret());
    asViewer = bearer(fixtures.as(viewer, () -> tokens.create("hardening", 1)).secret());
    base = "/api/v1/workspaces/" + ws.id();
  }

  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  // ------------------------------------------------------------------------------ point 7

  @Test
  void a_document_whose_origin_is_not_an_http_address_is_refused_naming_origin_url()
      throws Exception {
    for (String hostile :
        List.of(
            "javascript:alert(document.domain)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "https://user:pw@example.org/")) {
      problem(
              mvc.perform(
                  asJson(
                          post(base + "/documents"),
                          Map.of("title", "Hostile", "originUrl", hostile, "text", "Turnout 71%."))
                      .with(asEditor)),
              422)
          .andExpect(jsonPath("$.field").value("originUrl"));
      problem(
              mvc.perform(
                  multipart(base + "/documents")
                      .file(
                          new MockMultipartFile(
                              "file", "a.txt", "text/plain", "Turnout 71%.".getBytes()))
                      .param("originUrl", hostile)
                      .with(asEditor)),
              422)
          .andExpect(jsonPath("$.field").value("originUrl"));
    }
    mvc.perform(get(base + "/documents").with(asEditor))
        .andExpect(jsonPath("$.items.length()").value(0));

    // an http(s) address is kept, normalised like a source's; no origin at all is fine too
    mvc.perform(
            asJson(
                    post(base + "/documents"),
                    Map.of(
                        "title",
                        "Fine",
                        "originUrl",
                        "HTTPS://Example.ORG:443/briefing",
                        "text",
                        "Turnout 71%."))
                .with(asEditor))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.originUrl").value("https://example.org/briefing"));
    mvc.perform(
            asJson(post(base + "/documents"), Map.of("title", "No origin", "text", "Turnout 71%."))
                .with(asEditor))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.originUrl").value(""));
  }

  // ------------------------------------------------------------------------------ point 8

  @Test
  void a_viewer_reads_published_claims_only_and_never_their_internal_notes() throws Exception {
    long published = publishedClaim("Defence spending doubled to 6.3% of GDP.");
    long draft =
        fixtures
            .as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Defence spending is 6%.")))
            .id();
    fixtures.as(editor, () -> notes.addNote(ws.id(), draft, "Internal: call the ministry."));

    // the list, the search and every filter show a viewer published claims only
    mvc.perform(get(base + "/claims").with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(contains((int) published)));
    mvc.perform(get(base + "/claims").param("q", "defence").with(asViewer))
        .andExpect(jsonPath("$.items[*].id").value(contains((int) published)));
    mvc.perform(get(base + "/claims").param("status", "NEW").with(asViewer))
        .andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(get(base + "/claims").with(asEditor))
        .andExpect(jsonPath("$.items.length()").value(2));

    // an unpublished claim is refused, with the reason
    problem(mvc.perform(get(base + "/claims/" + draft).with(asViewer)), 403)
        .andExpect(jsonPath("$.detail").value(containsString("published")));
    problem(mvc.perform(get(base + "/claims/" + draft + "/sources").with(asViewer)), 403);
    problem(mvc.perform(get(base + "/claims/" + draft + "/similar").with(asViewer)), 403);
    problem(mvc.perform(get(base + "/claims/" + draft + "/transitions").with(asViewer)), 403);

    // a published claim is read without its internal notes
    mvc.perform(get(base + "/claims/" + published).with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"))
        .andExpect(jsonPath("$.notes.length()").value(0));
    problem(mvc.perform(get(base + "/claims/" + published + "/notes").with(asViewer)), 403)
        .andExpect(jsonPath("$.detail").value(containsString("notes")));
    mvc.perform(get(base + "/claims/" + published).with(asEditor))
        .andExpect(jsonPath("$.notes.length()").value(1));

    // similar claims show a viewer published ones only
    mvc.perform(
            get(base + "/similar-claims").param("text", "Defence spending is 6%.").with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].claim.id").value(everyItem(is((int) published))));
    mvc.perform(
            get(base + "/similar-claims").param("text", "Defence spending is 6%.").with(asEditor))
        .andExpect(jsonPath("$[*].claim.id").value(hasItem((int) draft)));

    // the export refuses the same data: one rule
    problem(mvc.perform(get(base + "/reports/json").param("status", "NEW").with(asViewer)), 403);
    problem(mvc.perform(get(base + "/reports/json").param("notes", "true").with(asViewer)), 403);
  }

  /** A claim taken through the workflow to published: proposed by the editor, the reviewer's. */
  private long publishedClaim(String wording) {
    ClaimDetail c = fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand(wording)));
    fixtures.as(editor, () -> notes.addNote(ws.id(), c.id(), "Internal: the 2024 law."));
    long falseId =
        fixtures.as(editor, () -> ratings.of(ws.id())).stream()
            .filter(v -> v.label().equals("False"))
            .findFirst()
            .orElseThrow()
            .id();
    ClaimDetail proposed =
        fixtures.as(
            editor,
            () -> {
              ClaimDetail now = queries.detail(ws.id(), c.id());
              ClaimEdit e = now.toEdit();
              ClaimDetail p =
                  claims.update(
                      ws.id(),
                      c.id(),
                      new ClaimEdit(
                          e.wording(),
                          e.claimant(),
                          e.timeSeconds(),
                          e.tags(),
                          e.assigneeId(),
                          falseId,
                          "The ministry says 3.1%.",
                          e.version()));
              return review.transition(
                  ws.id(), c.id(), ReviewAction.SEND_TO_REVIEW, null, p.version());
            });
    fixtures.as(
        reviewer,
        () -> {
          ClaimDetail approved =
              review.transition(ws.id(), c.id(), ReviewAction.APPROVE, null, proposed.version());
          review.transition(ws.id(), c.id(), ReviewAction.PUBLISH, null, approved.version());
        });
    return c.id();
  }

  // ------------------------------------------------------------------------------ point 9

  @Test
  void a_document_of_another_workspace_and_a_missing_one_answer_the_same_not_found()
      throws Exception {
    WorkspaceSummary theirs = fixtures.workspace("hard-theirs");
    UserSummary stranger = fixtures.user("hard-stranger");
    fixtures.member(theirs, stranger, Role.EDITOR);
    long elsewhere =
        fixtures
            .as(
                stranger,
                () ->
                    documents.importText(
                        theirs.id(),
                        DocumentMetadata.titled("Their briefing"),
                        "Defence spending rose to 6.3% of GDP in 2024."))
            .id();
    long missing = elsewhere + 1_000_000;

    JsonNode foreign =
        body(
            problem(
                mvc.perform(get("/api/v1/documents/" + elsewhere + "/suggestions").with(asEditor)),
                404));
    JsonNode absent =
        body(
            problem(
                mvc.perform(get("/api/v1/documents/" + missing + "/suggestions").with(asEditor)),
                404));
    // the instance is the path asked for; everything else must be the same
    ((ObjectNode) foreign).remove("instance");
    ((ObjectNode) absent).remove("instance");
    assertThat(foreign).isEqualTo(absent);
    assertThat(foreign.path("detail").asString()).isEqualTo("The document was not found.");
  }

  private static JsonNode body(ResultActions result) throws Exception {
    return JSON.readTree(
        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------------------ point 10

  @Test
  void nul_and_other_control_characters_in_parameters_are_refused_naming_the_parameter()
      throws Exception {
    for (String parameter : List.of("q", "tag", "claimant")) {
      for (String bad : List.of("\u0000", "a\u0000b", "\u0001", "x\u001b[31m", "\u007f")) {
        problem(mvc.perform(get(base + "/claims").param(parameter, bad).with(asEditor)), 400)
            .andExpect(jsonPath("$.field").value(parameter));
      }
    }
    problem(mvc.perform(get(base + "/documents").param("title", "\u0000").with(asEditor)), 400)
        .andExpect(jsonPath("$.field").value("title"));
    problem(
            mvc.perform(get(base + "/similar-claims").param("text", "a\u0000b").with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("text"));
    // an undeclared parameter cannot smuggle one in either
    problem(mvc.perform(get(base + "/claims").param("x", "\u0000").with(asEditor)), 400)
        .andExpect(jsonPath("$.field").value("x"));
    // tab, line feed and carriage return are text
    mvc.perform(get(base + "/claims").param("q", "defence\tspending\r\n").with(asEditor))
        .andExpect(status().isOk());
  }

  @Test
  void nul_and_other_control_characters_in_json_strings_are_refused_naming_the_field()
      throws Exception {
    problem(
            mvc.perform(
                asJson(post(base + "/claims"), Map.of("wording", "Crime fell\u0000 by 3%."))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("wording"))
        .andExpect(jsonPath("$.detail").value(containsString("control character")));
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims"),
                        Map.of("wording", "Crime fell by 3%.", "tags", List.of("ok", "b\u0007d")))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("tags[1]"));
    long claim =
        number(
            mvc.perform(
                    asJson(post(base + "/claims"), Map.of("wording", "Crime fell by 3%."))
                        .with(asEditor))
                .andExpect(status().isCreated())
                .andReturn(),
            "$.id");
    problem(
            mvc.perform(
                asJson(post(base + "/claims/" + claim + "/notes"), Map.of("body", "\u0000"))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("body"));
    problem(
            mvc.perform(
                asJson(
                        put(base + "/claims/" + claim),
                        Map.of("wording", "Crime fell by 4%.", "rationale", "\u001f", "version", 0))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("rationale"));
    problem(
            mvc.perform(
                asJson(
                        post(base + "/claims/" + claim + "/sources"),
                        Map.of(
                            "url", "https://example.org/", "stance", "SUPPORTS", "title", "\u0000"))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("title"));
    problem(
            mvc.perform(
                asJson(
                        post(base + "/documents"),
                        Map.of("title", "Nul", "text", "Turnout was\u0000 71%."))
                    .with(asEditor)),
            400)
        .andExpect(jsonPath("$.field").value("text"));
    // a note with tabs and line breaks is fine
    mvc.perform(
            asJson(
                    post(base + "/claims/" + claim + "/notes"),
                    Map.of("body", "Line one\r\n\tindented"))
                .with(asEditor))
        .andExpect(status().isCreated());
    mvc.perform(get(base + "/claims/" + claim).with(asEditor))
        .andExpect(jsonPath("$.wording").value(not(containsString("\u0000"))));
  }
}
