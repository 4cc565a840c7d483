package org.factbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factbench.base.NotAllowedException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.history.HistoryService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Installation admins rename, archive and unarchive workspaces; an archived workspace is read-only
 * for everyone, its admins included, in the services (so in the UI and the API alike), until it is
 * unarchived.
 */
@IntegrationTest
class WorkspaceArchiveTest {

  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired WorkspaceService workspaces;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired NoteService notes;
  @Autowired RatingScale ratings;
  @Autowired ReviewService review;
  @Autowired DocumentService documents;
  @Autowired HistoryService history;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary wsAdmin;
  UserSummary installationAdmin;
  UserSummary newcomer;
  ClaimDetail claim;

  @BeforeEach
  void aWorkspaceWithAClaim() {
    ws = fixtures.workspace("archive");
    editor = fixtures.user("archive-editor");
    wsAdmin = fixtures.user("archive-admin");
    newcomer = fixtures.user("archive-newcomer");
    installationAdmin = fixtures.admin("archive-installation");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, wsAdmin, Role.ADMIN);
    claim = fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Turnout was 71%.")));
    fixtures.as(editor, () -> notes.addNote(ws.id(), claim.id(), "Check the register."));
  }

  @Test
  void an_archived_workspace_refuses_every_change_and_keeps_every_read() {
    WorkspaceSummary archived = fixtures.as(installationAdmin, () -> workspaces.archive(ws.id()));
    assertThat(archived.archived()).isTrue();
    assertThat(fixtures.as(editor, () -> workspaces.get(ws.id())).archived()).isTrue();
    assertThat(fixtures.as(editor, () -> workspaces.mine()))
        .filteredOn(w -> w.id() == ws.id())
        .singleElement()
        .satisfies(w -> assertThat(w.archived()).isTrue());

    long w = ws.id();
    long id = claim.id();
    Verdict mixed =
        fixtures.as(editor, () -> ratings.of(w)).stream()
            .filter(v -> v.label().equals("Mixed"))
            .findFirst()
            .orElseThrow();
    Map<String, Runnable> changes = new LinkedHashMap<>();
    changes.put("create a claim", () -> claims.create(w, NewClaim.byHand("Turnout was 72%.")));
    changes.put("edit a claim", () -> claims.update(w, id, claim.toEdit()));
    changes.put("delete a claim", () -> claims.delete(w, id));
    changes.put("add a note", () -> notes.addNote(w, id, "Again."));
    changes.put(
        "take a review step",
        () -> review.transition(w, id, ReviewAction.WITHDRAW, "Duplicate.", claim.version()));
    changes.put(
        "import a document",
        () -> documents.importText(w, DocumentMetadata.titled("Late"), "Turnout was 70%."));
    for (UserSummary who : new UserSummary[] {editor, wsAdmin, installationAdmin}) {
      for (var change : changes.entrySet()) {
        assertThatThrownBy(() -> fixtures.as(who, change.getValue()))
            .as(who.username() + ": " + change.getKey())
            .isInstanceOf(NotAllowedException.class)
            .hasMessage(WorkspaceGuard.ARCHIVED);
      }
    }
    assertThatThrownBy(
            () ->
                fixtures.as(
                    wsAdmin,
                    () ->
                        ratings.update(
                            w,
                            new Verdict(
                                mixed.id(),
                                mixed.position(),
                                mixed.label(),
                                mixed.colour(),
                                "Changed",
                                mixed.onScale(),
                                mixed.version()))))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    installationAdmin,
                    () -> workspaces.setMember(w, newcomer.username(), Role.VIEWER)))
        .isInstanceOf(NotAllowedException.class);

    // reading goes on: lists, a claim with its notes and history, the deleted claims
    assertThat(
            fixtures
                .as(editor, () -> queries.search(w, ClaimFilter.NONE, PageRequest.of(0, 10)))
                .getContent())
        .hasSize(1);
    assertThat(fixtures.as(editor, () -> queries.detail(w, id)).notes()).hasSize(1);
    assertThat(fixtures.as(editor, () -> history.forClaim(w, id))).isNotEmpty();
    assertThatCode(() -> fixtures.as(wsAdmin, () -> queries.deleted(w, PageRequest.of(0, 10))))
        .doesNotThrowAnyException();
    assertThat(fixtures.as(editor, () -> workspaces.members(w))).hasSize(3);

    // back in use
    assertThat(fixtures.as(installationAdmin, () -> workspaces.unarchive(w)).archived()).isFalse();
    assertThat(fixtures.as(editor, () -> claims.create(w, NewClaim.byHand("Turnout was 72%."))))
        .isNotNull();
    fixtures.as(wsAdmin, () -> workspaces.setMember(w, newcomer.username(), Role.VIEWER));
  }

  @Test
  void only_installation_admins_rename_archive_and_unarchive_and_names_stay_unique() {
    for (UserSummary who : new UserSummary[] {editor, wsAdmin}) {
      assertThatThrownBy(() -> fixtures.as(who, () -> workspaces.archive(ws.id())))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> fixtures.as(who, () -> workspaces.unarchive(ws.id())))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> fixtures.as(who, () -> workspaces.update(ws.id(), "Mine now", null, null)))
          .isInstanceOf(AccessDeniedException.class);
    }

    WorkspaceSummary other = fixtures.workspace("archive-other");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    installationAdmin,
                    () -> workspaces.update(ws.id(), other.name().toUpperCase(), null, null)))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("exists");
    String renamed = Fixtures.unique("Archive renamed");
    WorkspaceSummary after =
        fixtures.as(installationAdmin, () -> workspaces.update(ws.id(), renamed, null, "New desk"));
    assertThat(after.name()).isEqualTo(renamed);
    assertThat(after.description()).isEqualTo("A workspace for a test");
    assertThat(after.organisation()).isEqualTo("New desk");
    // its own name, in another case, is no clash
    assertThat(
            fixtures
                .as(
                    installationAdmin,
                    () -> workspaces.update(ws.id(), renamed.toUpperCase(), null, null))
                .name())
        .isEqualTo(renamed.toUpperCase());
    system.runAs("admin", () -> workspaces.archive(ws.id()));
    // an archived workspace can still be renamed: that is administration, not its content
    assertThatCode(
            () ->
                fixtures.as(
                    installationAdmin,
                    () -> workspaces.update(ws.id(), Fixtures.unique("Old archive"), null, null)))
        .doesNotThrowAnyException();
  }
}
