package org.factbench.api;

import static org.factbench.api.ApiClient.asJson;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.factbench.assist.CheckWorthiness;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Suggestions, similar claims and "same claim as" links over HTTP, under the same role rules as the
 * UI.
 */
@IntegrationTest
class AssistApiTest {

  static final String FIRST =
      "Western estimates put Russian losses at 180,000-220,000 soldiers killed in action.";
  static final String SECOND =
      "Officials said between 180,000 and 220,000 Russian troops had died by the end of the year.";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;

  WorkspaceSummary ws;
  RequestPostProcessor asEditor;
  RequestPostProcessor asViewer;
  RequestPostProcessor asReader;
  RequestPostProcessor asOutsider;
  String base;

  @BeforeEach
  void aWorkspaceWithAnEditorAViewerAndAnOutsider() {
    UserSummary editor = fixtures.user("assist-api-editor");
    UserSummary viewer = fixtures.user("assist-api-viewer");
    UserSummary reader = fixtures.user("assist-api-reader");
    UserSummary outsider = fixtures.user("assist-api-outsider");
    ws = fixtures.workspace("assist-api");
    WorkspaceSummary elsewhere = fixtures.workspace("assist-api-elsewhere");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(ws, reader, Role.REVIEWER);
    fixtures.member(elsewhere, outsider, Role.ADMIN);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("assist", 1)).secret());
    asViewer = bearer(fixtures.as(viewer, () -> tokens.create("assist", 1)).secret());
    // viewers read published claims only; these claims are new, so a reviewer reads them
    asReader = bearer(fixtures.as(reader, () -> tokens.create("assist", 1)).secret());
    asOutsider = bearer(fixtures.as(outsider, () -> tokens.create("assist", 1)).secret());
    base = "/api/v1/workspaces/" + ws.id();
  }

  private long importText(String title, String text) throws Exception {
    return number(
        mvc.perform(
                asJson(post(base + "/documents"), Map.of("title", title, "text", text))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andReturn(),
        "$.id");
  }

  private long claim(String wording) throws Exception {
    return number(
        mvc.perform(asJson(post(base + "/claims"), Map.of("wording", wording)).with(asEditor))
            .andExpect(status().isCreated())
            .andReturn(),
        "$.id");
  }

  @Test
  void viewers_read_suggestions_editors_dismiss_them_and_other_teams_get_404() throws Exception {
    long doc = importText("Losses", "Good morning.\n\n" + FIRST + "\n\nThank you.");
    fixtures.scored(doc);
    String suggestions = base + "/documents/" + doc + "/suggestions";
    long id =
        number(
            mvc.perform(get(suggestions).with(asViewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].sentence").value(FIRST))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andReturn(),
            "$.items[0].id");

    mvc.perform(post(suggestions + "/" + id + "/dismiss").with(asViewer))
        .andExpect(status().isForbidden());
    mvc.perform(get(suggestions).with(asOutsider)).andExpect(status().isNotFound());
    mvc.perform(post(suggestions + "/" + id + "/dismiss").with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DISMISSED"));
    mvc.perform(get(suggestions).with(asViewer)).andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(get(suggestions).param("includeDecided", "true").with(asViewer))
        .andExpect(jsonPath("$.items[0].state").value("DISMISSED"));
    mvc.perform(post(suggestions + "/" + id + "/reopen").with(asEditor))
        .andExpect(jsonPath("$.state").value("OPEN"));
    mvc.perform(get(suggestions + "/999999").with(asViewer)).andExpect(status().isNotFound());
  }

  @Test
  void the_full_ranking_of_a_transcript_has_every_sentence_with_its_speaker_and_explanation()
      throws Exception {
    String transcript =
        "00:00 MODERATOR: Good evening and welcome to the debate.\n"
            + "00:12 SENATOR HALE: Unemployment fell to 4.1% last year, the lowest since 1990.\n"
            + "00:31 MODERATOR: Thank you, Senator.\n";
    long doc = importText("Debate", transcript);
    String ranking = "/api/v1/documents/" + doc + "/suggestions";
    fixtures.scored(doc);

    mvc.perform(get(ranking).param("limit", "1000").with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DONE"))
        .andExpect(jsonPath("$.modelVersion").value(CheckWorthiness.VERSION))
        .andExpect(jsonPath("$.done").value(3))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.sentences.length()").value(3))
        .andExpect(
            jsonPath("$.sentences[0].text").value(containsString("Unemployment fell to 4.1%")))
        .andExpect(jsonPath("$.sentences[0].speaker").value(containsString("HALE")))
        .andExpect(jsonPath("$.sentences[0].reasons[0]").isString())
        .andExpect(
            jsonPath("$.sentences[0].reasons").value(hasItem(startsWith("reads like sentences"))))
        .andExpect(jsonPath("$.sentences[0].score").isNumber())
        .andExpect(jsonPath("$.sentences[0].start").value(transcript.indexOf("Unemployment")));
    mvc.perform(get(ranking).param("limit", "1").with(asViewer))
        .andExpect(jsonPath("$.sentences.length()").value(1));
    mvc.perform(get(ranking).param("limit", "0").with(asViewer))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("limit"));
    mvc.perform(get(ranking).with(asOutsider)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/documents/99999999/suggestions").with(asViewer))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_claim_finds_the_same_figure_stated_elsewhere_and_is_linked_to_it() throws Exception {
    long first = claim(FIRST);
    long second = claim(SECOND);

    mvc.perform(get(base + "/claims/" + second + "/similar").with(asReader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].claim.id").value(first))
        .andExpect(
            jsonPath("$[0].reasons[*]")
                .value(org.hamcrest.Matchers.hasItem(containsString("same figure"))));
    mvc.perform(
            get(base + "/similar-claims")
                .param("text", "180,000 to 220,000 soldiers")
                .with(asReader))
        .andExpect(jsonPath("$.length()").value(2));

    mvc.perform(
            asJson(put(base + "/claims/" + second + "/same-as"), Map.of("claimId", first))
                .with(asViewer))
        .andExpect(status().isForbidden());
    mvc.perform(
            asJson(put(base + "/claims/" + second + "/same-as"), Map.of("claimId", first))
                .with(asEditor))
        .andExpect(status().isNoContent());
    mvc.perform(get(base + "/claims/" + second).with(asReader))
        .andExpect(jsonPath("$.sameAs.id").value(first));
    mvc.perform(get(base + "/claims/" + first).with(asReader))
        .andExpect(jsonPath("$.sameClaims[0].id").value(second));

    mvc.perform(
            asJson(put(base + "/claims/" + first + "/same-as"), Map.of("claimId", first))
                .with(asEditor))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("sameAs"));
    mvc.perform(asJson(put(base + "/claims/" + first + "/same-as"), Map.of()).with(asEditor))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.detail").isString());
    mvc.perform(delete(base + "/claims/" + second + "/same-as").with(asEditor))
        .andExpect(status().isNoContent());
    mvc.perform(get(base + "/claims/" + second).with(asReader))
        .andExpect(jsonPath("$.sameAs").isEmpty());
  }

  @Test
  void a_source_figure_over_http_flags_the_claim_and_a_bad_one_names_the_field() throws Exception {
    long claim = claim("Millions of soldiers have died");
    mvc.perform(
            asJson(
                    post(base + "/claims/" + claim + "/sources"),
                    Map.of(
                        "url", "https://example.org/estimates",
                        "stance", "REFUTES",
                        "figure", "180,000-220,000",
                        "figureAsOf", "2026-09-01"))
                .with(asEditor))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.figure").value("180,000-220,000"));
    mvc.perform(get(base + "/claims/" + claim).with(asReader))
        .andExpect(jsonPath("$.figureCheck").value(containsString("off by about")));
    mvc.perform(
            asJson(
                    post(base + "/claims/" + claim + "/sources"),
                    Map.of(
                        "url", "https://example.org/other",
                        "stance", "CONTEXT",
                        "figure", "a great many"))
                .with(asEditor))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("figure"));
  }
}
