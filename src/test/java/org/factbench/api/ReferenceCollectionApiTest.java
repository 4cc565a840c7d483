package org.factbench.api;

import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

/** Reference collections over HTTP: import (202, progress), list, refusals as problems, delete. */
@IntegrationTest
class ReferenceCollectionApiTest {

  @Autowired Fixtures fixtures;
  @Autowired MockMvc mvc;
  @Autowired ApiTokens tokens;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary viewer;

  @BeforeEach
  void aWorkspace() {
    ws = fixtures.workspace("ref-api");
    editor = fixtures.user("ref-api-editor");
    viewer = fixtures.user("ref-api-viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
  }

  @Test
  void editors_import_over_http_and_get_202_with_progress_viewers_list_but_cannot_change()
      throws Exception {
    var asEditor = bearer(fixtures.as(editor, () -> tokens.create("refs", 1)).secret());
    var asViewer = bearer(fixtures.as(viewer, () -> tokens.create("refs", 1)).secret());
    String base = "/api/v1/workspaces/" + ws.id() + "/reference-collections";
    mvc.perform(
            post(base)
                .param("name", "Snopes sample")
                .contentType("text/tab-separated-values")
                .content(utf8("claim\trating\nBleach cures the flu\tFalse\n"))
                .with(asViewer))
        .andExpect(status().isForbidden());
    var made =
        mvc.perform(
                post(base)
                    .param("name", "Snopes sample")
                    .param("publisher", "Snopes")
                    .contentType("text/tab-separated-values")
                    .content(utf8("claim\trating\nBleach cures the flu\tFalse\n"))
                    .with(asEditor))
            .andExpect(status().isAccepted())
            .andExpect(header().exists("Location"))
            .andExpect(jsonPath("$.itemCount").value(1))
            .andExpect(jsonPath("$.state").value("IMPORTING"))
            .andReturn();
    long id = number(made, "$.id");
    mvc.perform(
            post(base)
                .param("name", "Bad")
                .contentType("text/csv")
                .content(utf8("statement\nx\n"))
                .with(asEditor))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("items"));
    mvc.perform(get(base).with(asViewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(delete(base + "/" + id).with(asViewer)).andExpect(status().isForbidden());
    mvc.perform(delete(base + "/" + id).with(asEditor)).andExpect(status().isNoContent());
    mvc.perform(get(base + "/" + id).with(asViewer)).andExpect(status().isNotFound());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
