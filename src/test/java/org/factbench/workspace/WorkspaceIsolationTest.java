package org.factbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.factbench.base.NotFoundException;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class WorkspaceIsolationTest {

  @Autowired Fixtures fixtures;
  @Autowired WorkspaceService workspaces;

  WorkspaceSummary a;
  WorkspaceSummary b;
  UserSummary adminOfA;
  UserSummary editorOfB;

  @BeforeEach
  void twoWorkspaces() {
    a = fixtures.workspace("ws-a");
    b = fixtures.workspace("ws-b");
    adminOfA = fixtures.user("admin-of-a");
    editorOfB = fixtures.user("editor-of-b");
    fixtures.member(a, adminOfA, Role.ADMIN);
    fixtures.member(b, editorOfB, Role.EDITOR);
  }

  /** Every workspace operation, aimed at one workspace. */
  private List<Consumer<Long>> everyOperation() {
    return List.of(
        id -> workspaces.get(id),
        id -> workspaces.members(id),
        id -> workspaces.setMember(id, editorOfB.username(), Role.VIEWER),
        id -> workspaces.removeMember(id, editorOfB.id()));
  }

  @Test
  void a_member_of_a_cannot_read_or_change_anything_of_b_and_is_told_it_does_not_exist() {
    for (Consumer<Long> operation : everyOperation()) {
      assertThatThrownBy(() -> fixtures.as(adminOfA, () -> operation.accept(b.id())))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("The workspace was not found.");
    }
    assertThat(fixtures.as(adminOfA, () -> workspaces.mine()))
        .extracting(WorkspaceSummary::id)
        .contains(a.id())
        .doesNotContain(b.id());
  }

  @Test
  void a_workspace_that_does_not_exist_looks_the_same_as_one_that_is_not_yours() {
    assertThatThrownBy(() -> fixtures.as(adminOfA, () -> workspaces.get(Long.MAX_VALUE)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("The workspace was not found.");
  }

  @Test
  void an_editor_reads_their_workspace_but_cannot_manage_its_members() {
    assertThat(fixtures.as(editorOfB, () -> workspaces.get(b.id())).myRole())
        .isEqualTo(Role.EDITOR);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorOfB, () -> workspaces.setMember(b.id(), adminOfA.username(), Role.ADMIN)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void only_installation_admins_create_workspaces() {
    assertThatThrownBy(() -> fixtures.as(adminOfA, () -> workspaces.create("Mine", "", "")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void the_last_admin_of_a_workspace_cannot_be_removed_or_demoted() {
    long creator =
        fixtures.as(adminOfA, () -> workspaces.members(a.id())).stream()
            .filter(m -> m.username().equals("admin"))
            .findFirst()
            .orElseThrow()
            .userId();
    fixtures.as(adminOfA, () -> workspaces.removeMember(a.id(), creator));
    assertThatThrownBy(
            () -> fixtures.as(adminOfA, () -> workspaces.removeMember(a.id(), adminOfA.id())))
        .hasMessageContaining("at least one admin");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    adminOfA, () -> workspaces.setMember(a.id(), adminOfA.username(), Role.EDITOR)))
        .hasMessageContaining("at least one admin");
  }

  @Test
  void nobody_signed_in_gets_nothing() {
    assertThatThrownBy(() -> workspaces.mine())
        .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
  }
}
