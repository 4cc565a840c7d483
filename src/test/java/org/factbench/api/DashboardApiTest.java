package org.factbench.api;

import static org.factbench.api.ApiClient.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's figures over HTTP, with the overview's permissions: members who work on claims
 * get the figures and how the cited pages stand under the watch; viewers get published claims only
 * and no cited pages; strangers learn nothing; a malformed period is a problem with its field.
 */
@IntegrationTest
class DashboardApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired ClaimService claims;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  RequestPostProcessor asEditor;
  RequestPostProcessor asViewer;
  RequestPostProcessor asStranger;

  @BeforeEach
  void aWorkspaceWithACitedPageThatChangedAndOneThatIsGone() {
    ws = fixtures.workspace("dashboard-api");
    UserSummary editor = fixtures.user("dash-editor");
    UserSummary viewer = fixtures.user("dash-viewer");
    UserSummary stranger = fixtures.user("dash-stranger");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("desk", 1)).secret());
    asViewer = bearer(fixtures.as(viewer, () -> tokens.create("desk", 1)).secret());
    asStranger = bearer(fixtures.as(stranger, () -> tokens.create("desk", 1)).secret());
    long claim =
        fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Turnout was 71%."))).id();
    long deleted =
        fixtures
            .as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Exports grew by a third.")))
            .id();
    page(claim, editor, "CHANGED");
    page(claim, editor, "GONE");
    page(deleted, editor, "GONE");
    jdbc.sql("update claim set deleted_at = now(), deleted_by = created_by where id = ?")
        .param(deleted)
        .update();
  }

  /** A cited page in a watch state, as the evidence module records it. */
  private void page(long claimId, UserSummary by, String state) {
    long source =
        jdbc.sql(
                "insert into source (claim_id, url, stance, created_by)"
                    + " values (?, 'https://example.org/a', 'SUPPORTS', ?) returning id")
            .params(claimId, by.id())
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into evidence_source (source_id, claim_id, workspace_id, url, host, cited_by,"
                + " watch_state) values (?, ?, ?, 'https://example.org/a', 'example.org', ?, ?)")
        .params(source, claimId, ws.id(), by.id(), state)
        .update();
  }

  @Test
  void an_editor_gets_the_figures_and_the_cited_pages_of_live_claims() throws Exception {
    mvc.perform(get("/api/v1/workspaces/" + ws.id() + "/dashboard?days=7").with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.publishedOnly").value(false))
        .andExpect(jsonPath("$.byStatus.NEW").value(1))
        .andExpect(jsonPath("$.backlog.byAge.length()").value(3))
        .andExpect(jsonPath("$.citedPages.CHANGED").value(1))
        .andExpect(jsonPath("$.citedPages.GONE").value(1))
        .andExpect(jsonPath("$.citedPages.UNCHANGED").value(0));
  }

  @Test
  void a_viewer_gets_published_claims_only_and_no_cited_pages() throws Exception {
    mvc.perform(get("/api/v1/workspaces/" + ws.id() + "/dashboard").with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.publishedOnly").value(true))
        .andExpect(jsonPath("$.byStatus.NEW").doesNotExist())
        .andExpect(jsonPath("$.people.length()").value(0))
        .andExpect(jsonPath("$.citedPages").doesNotExist());
  }

  @Test
  void a_stranger_learns_nothing_and_a_malformed_day_names_its_field() throws Exception {
    mvc.perform(get("/api/v1/workspaces/" + ws.id() + "/dashboard").with(asStranger))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            get("/api/v1/workspaces/" + ws.id() + "/dashboard?from=2026-13-01&to=2026-12-01")
                .with(asEditor))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("YYYY-MM-DD")));
  }
}
