package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.testsupport.LoopbackPages;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /claims/{claim}/sources/{source}/snapshots} over HTTP: the list, "archive again" and the
 * archived text, under the permissions of sources. Pages are served on 127.0.0.1 only.
 */
@IntegrationTest
class SnapshotApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;

  LoopbackPages web;
  WorkspaceSummary ws;
  UserSummary editor;
  RequestPostProcessor asEditor;
  RequestPostProcessor asViewer;
  RequestPostProcessor asOutsider;
  long claim;
  long source;
  String path;

  @BeforeEach
  void aClaimCitingAPageOnLoopback() {
    web = new LoopbackPages();
    web.page(
        "/report",
        "text/html",
        "<html><head><title>Crime report</title></head><body><p>Crime fell by 3 percent in"
            + " 2025.</p></body></html>");
    editor = fixtures.user("snap-api-editor");
    UserSummary viewer = fixtures.user("snap-api-viewer");
    UserSummary outsider = fixtures.user("snap-api-outsider");
    ws = fixtures.workspace("snap-api");
    WorkspaceSummary elsewhere = fixtures.workspace("snap-api-elsewhere");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(elsewhere, outsider, Role.ADMIN);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("snapshots", 1)).secret());
    asViewer = bearer(fixtures.as(viewer, () -> tokens.create("snapshots", 1)).secret());
    asOutsider = bearer(fixtures.as(outsider, () -> tokens.create("snapshots", 1)).secret());
    claim =
        fixtures
            .as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Crime fell by 3%.")))
            .id();
    source =
        fixtures
            .as(
                editor,
                () ->
                    sources.addSource(
                        ws.id(),
                        claim,
                        new SourceInput(
                            web.url("/report"),
                            "Crime report",
                            "Statistics office",
                            null,
                            null,
                            "crime fell by 3 percent",
                            Stance.SUPPORTS,
                            "")))
            .id();
    path =
        "/api/v1/workspaces/" + ws.id() + "/claims/" + claim + "/sources/" + source + "/snapshots";
  }

  @AfterEach
  void stopTheServer() {
    web.close();
  }

  @Test
  void an_editor_lists_snapshots_archives_again_and_reads_the_archived_text() throws Exception {
    long first = firstSnapshot();
    mvc.perform(get(path).with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(first))
        .andExpect(jsonPath("$.items[0].kind").value("ARCHIVE"))
        .andExpect(jsonPath("$.items[0].httpStatus").value(200))
        .andExpect(jsonPath("$.items[0].title").value("Crime report"))
        .andExpect(jsonPath("$.items[0].sha256").value(org.hamcrest.Matchers.hasLength(64)));
    mvc.perform(get(path + "/" + first + "/text").with(asEditor))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/plain"))
        .andExpect(content().string(containsString("Crime fell by 3 percent in 2025.")))
        .andExpect(content().string(not(containsString("<p>"))));
    mvc.perform(
            get("/api/v1/workspaces/"
                    + ws.id()
                    + "/claims/"
                    + claim
                    + "/sources/"
                    + source
                    + "/archive")
                .with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.passage").value("FOUND"))
        .andExpect(jsonPath("$.watch").value("UNCHANGED"));

    mvc.perform(post(path).with(asEditor)).andExpect(status().isAccepted());
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (web.hits("/report") < 2 || snapshotCount() < 2) {
      assertThat(System.nanoTime()).as("second snapshot within 30 s").isLessThan(end);
      Thread.sleep(50);
    }
    assertThat(snapshotCount()).isEqualTo(2);
  }

  @Test
  void viewers_do_not_archive_nor_read_unpublished_claims_and_outsiders_find_nothing()
      throws Exception {
    long first = firstSnapshot();
    mvc.perform(post(path).with(asViewer)).andExpect(status().isForbidden());
    mvc.perform(get(path).with(asViewer)).andExpect(status().isForbidden());
    mvc.perform(get(path + "/" + first + "/text").with(asViewer)).andExpect(status().isForbidden());
    mvc.perform(get(path).with(asOutsider)).andExpect(status().isNotFound());
    mvc.perform(post(path).with(asOutsider)).andExpect(status().isNotFound());
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
    // a snapshot id of another source is not found
    mvc.perform(
            get(path.replace("/sources/" + source, "/sources/" + (source + 100_000))
                    + "/"
                    + first
                    + "/text")
                .with(asEditor))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_source_off_the_allow_list_is_answered_409_with_the_reason() throws Exception {
    long far =
        fixtures
            .as(
                editor,
                () ->
                    sources.addSource(
                        ws.id(),
                        claim,
                        new SourceInput(
                            "https://stats.example.org/crime",
                            "Crime statistics",
                            "Statistics office",
                            null,
                            null,
                            "",
                            Stance.REFUTES,
                            "")))
            .id();
    mvc.perform(post(path.replace("/sources/" + source, "/sources/" + far)).with(asEditor))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("allow list")));
  }

  private long firstSnapshot() throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (snapshotCount() < 1) {
      assertThat(System.nanoTime()).as("first snapshot within 30 s").isLessThan(end);
      Thread.sleep(50);
    }
    return number(mvc.perform(get(path).with(asEditor)).andReturn(), "$.items[0].id");
  }

  private int snapshotCount() throws Exception {
    var r = mvc.perform(get(path).with(asEditor)).andExpect(status().isOk()).andReturn();
    return ApiClient.<java.util.List<?>>read(r, "$.items").size();
  }
}
