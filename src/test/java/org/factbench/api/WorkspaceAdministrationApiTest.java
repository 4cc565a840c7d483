package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.asJson;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.factbench.security.ApiTokens;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Installation admins administer workspaces over HTTP, as automation needs: create, rename, archive
 * and unarchive, and add, change or remove members with a role. An archived workspace is read-only
 * for everyone until it is unarchived.
 */
@IntegrationTest
class WorkspaceAdministrationApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;

  UserSummary installationAdmin;
  UserSummary editor;
  UserSummary newcomer;
  RequestPostProcessor asInstallationAdmin;
  RequestPostProcessor asEditor;

  @BeforeEach
  void anInstallationAdminAndTwoUsers() {
    installationAdmin = fixtures.admin("ws-admin-api");
    editor = fixtures.user("ws-admin-editor");
    newcomer = fixtures.user("ws-admin-newcomer");
    asInstallationAdmin =
        bearer(fixtures.as(installationAdmin, () -> tokens.create("automation", 1)).secret());
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("automation", 1)).secret());
  }

  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  private long create(String name) throws Exception {
    MvcResult created =
        mvc.perform(
                asJson(
                        post("/api/v1/workspaces"),
                        Map.of("name", name, "description", "Elections", "organisation", "Desk"))
                    .with(asInstallationAdmin))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value(name))
            .andExpect(jsonPath("$.archived").value(false))
            .andReturn();
    long id = number(created, "$.id");
    assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/workspaces/" + id);
    return id;
  }

  @Test
  void an_installation_admin_creates_and_renames_a_workspace() throws Exception {
    String name = Fixtures.unique("Elections");
    long id = create(name);
    mvc.perform(get("/api/v1/workspaces/" + id).with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisation").value("Desk"));

    problem(
            mvc.perform(
                asJson(post("/api/v1/workspaces"), Map.of("name", name.toUpperCase()))
                    .with(asInstallationAdmin)),
            422)
        .andExpect(jsonPath("$.field").value("name"));
    problem(
            mvc.perform(
                asJson(post("/api/v1/workspaces"), Map.of("name", "  ")).with(asInstallationAdmin)),
            422)
        .andExpect(jsonPath("$.field").value("name"));

    String renamed = Fixtures.unique("Elections 2027");
    mvc.perform(
            asJson(patch("/api/v1/workspaces/" + id), Map.of("name", renamed))
                .with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(renamed))
        .andExpect(jsonPath("$.description").value("Elections"));
    mvc.perform(
            patch("/api/v1/workspaces/" + id)
                .contentType("application/merge-patch+json")
                .content("{\"description\": \"Local and national elections\"}")
                .with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(renamed))
        .andExpect(jsonPath("$.description").value("Local and national elections"));
    problem(
        mvc.perform(
            asJson(patch("/api/v1/workspaces/987654321"), Map.of("name", "Nowhere"))
                .with(asInstallationAdmin)),
        404);
  }

  @Test
  void only_installation_admins_create_rename_and_archive_workspaces() throws Exception {
    long id = create(Fixtures.unique("Guarded"));
    // even an admin of the workspace is not an installation admin
    mvc.perform(
            put("/api/v1/workspaces/" + id + "/members/" + editor.username())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"ADMIN\"}")
                .with(asInstallationAdmin))
        .andExpect(status().isCreated());
    problem(
        mvc.perform(
            asJson(post("/api/v1/workspaces"), Map.of("name", Fixtures.unique("Mine")))
                .with(asEditor)),
        403);
    problem(
        mvc.perform(
            asJson(patch("/api/v1/workspaces/" + id), Map.of("name", "Taken over")).with(asEditor)),
        403);
    problem(mvc.perform(post("/api/v1/workspaces/" + id + "/archive").with(asEditor)), 403);
    // but a workspace admin manages its members
    mvc.perform(
            put("/api/v1/workspaces/" + id + "/members/" + newcomer.username())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"VIEWER\"}")
                .with(asEditor))
        .andExpect(status().isCreated());
  }

  @Test
  void an_installation_admin_adds_changes_and_removes_members() throws Exception {
    long id = create(Fixtures.unique("Members"));
    String member = "/api/v1/workspaces/" + id + "/members/" + newcomer.username();
    mvc.perform(
            put(member)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"EDITOR\"}")
                .with(asInstallationAdmin))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString(member)))
        .andExpect(jsonPath("$.username").value(newcomer.username()))
        .andExpect(jsonPath("$.role").value("EDITOR"));
    mvc.perform(
            put(member)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"REVIEWER\"}")
                .with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("REVIEWER"));
    mvc.perform(get("/api/v1/workspaces/" + id + "/members").with(asInstallationAdmin))
        .andExpect(jsonPath("$[*].username").value(hasItem(newcomer.username())));

    problem(
            mvc.perform(
                put(member)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"role\": \"OWNER\"}")
                    .with(asInstallationAdmin)),
            400)
        .andExpect(jsonPath("$.field").value("role"));
    problem(
            mvc.perform(
                put(member)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")
                    .with(asInstallationAdmin)),
            422)
        .andExpect(jsonPath("$.field").value("role"));
    problem(
            mvc.perform(
                put("/api/v1/workspaces/" + id + "/members/nobody-such-user")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"role\": \"EDITOR\"}")
                    .with(asInstallationAdmin)),
            422)
        .andExpect(jsonPath("$.field").value("username"));

    mvc.perform(delete(member).with(asInstallationAdmin)).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/workspaces/" + id + "/members").with(asInstallationAdmin))
        .andExpect(jsonPath("$[*].username").value(not(hasItem(newcomer.username()))));
    problem(mvc.perform(delete(member).with(asInstallationAdmin)), 404);
  }

  @Test
  void an_archived_workspace_is_read_only_for_everyone_until_it_is_unarchived() throws Exception {
    long id = create(Fixtures.unique("Archive"));
    mvc.perform(
            put("/api/v1/workspaces/" + id + "/members/" + editor.username())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"EDITOR\"}")
                .with(asInstallationAdmin))
        .andExpect(status().isCreated());
    String claims = "/api/v1/workspaces/" + id + "/claims";
    mvc.perform(asJson(post(claims), Map.of("wording", "Turnout was 71%.")).with(asEditor))
        .andExpect(status().isCreated());

    mvc.perform(post("/api/v1/workspaces/" + id + "/archive").with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.archived").value(true));

    // reading goes on; every change is refused, the admins' too, with the reason
    mvc.perform(get(claims).with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1));
    mvc.perform(get("/api/v1/workspaces").with(asEditor))
        .andExpect(jsonPath("$[?(@.id == " + id + ")].archived").value(hasItem(true)));
    problem(
            mvc.perform(asJson(post(claims), Map.of("wording", "Turnout was 72%.")).with(asEditor)),
            403)
        .andExpect(jsonPath("$.detail").value(containsString("archived")));
    problem(
        mvc.perform(
            asJson(post(claims), Map.of("wording", "Turnout was 73%.")).with(asInstallationAdmin)),
        403);
    problem(
        mvc.perform(
            put("/api/v1/workspaces/" + id + "/members/" + newcomer.username())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"VIEWER\"}")
                .with(asInstallationAdmin)),
        403);
    // an installation admin may still rename it, and brings it back
    mvc.perform(
            asJson(patch("/api/v1/workspaces/" + id), Map.of("name", Fixtures.unique("Old")))
                .with(asInstallationAdmin))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/workspaces/" + id + "/unarchive").with(asInstallationAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.archived").value(false));
    mvc.perform(asJson(post(claims), Map.of("wording", "Turnout was 72%.")).with(asEditor))
        .andExpect(status().isCreated());
  }
}
