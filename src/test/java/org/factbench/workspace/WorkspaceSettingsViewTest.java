package org.factbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A workspace's overview carries its settings: its admins set where the team publishes fact-checks,
 * and installation admins rename and archive it there, with the service's messages when a value is
 * refused.
 */
@IntegrationTest
@WithUserDetails("admin")
class WorkspaceSettingsViewTest extends SpringBrowserlessTest {

  @Autowired WorkspaceService workspaces;

  WorkspaceSummary ws;

  @BeforeEach
  void aWorkspaceTheAdminCreated() {
    ws = workspaces.create(Fixtures.unique("Settings desk"), "", "");
    navigate("workspaces/" + ws.id(), com.vaadin.flow.component.Component.class);
  }

  @Test
  void an_admin_sets_the_public_address_of_fact_checks_on_the_overview() {
    test($(TextField.class).id("workspace-public-url"))
        .setValue("https://factcheck.example.org/claims/{id}");
    test($(Button.class).id("workspace-public-url-save")).click();

    assertThat(workspaces.get(ws.id()).publicUrlOf(42))
        .isEqualTo("https://factcheck.example.org/claims/42");
    assertThat($(TextField.class).id("workspace-public-url").getValue())
        .isEqualTo("https://factcheck.example.org/claims/{id}");
  }

  @Test
  void an_address_without_the_claims_number_is_refused_and_nothing_is_saved() {
    test($(TextField.class).id("workspace-public-url"))
        .setValue("https://factcheck.example.org/claims");
    test($(Button.class).id("workspace-public-url-save")).click();

    assertThat(workspaces.get(ws.id()).publicUrlTemplate()).isEmpty();
    assertThat(test($(Notification.class).last()).getText()).contains("{id}");
  }

  @Test
  void an_installation_admin_renames_and_archives_a_workspace_and_its_overview_turns_read_only() {
    String renamed = Fixtures.unique("Renamed desk");
    test($(TextField.class).id("workspace-name")).setValue(renamed);
    test($(Button.class).id("workspace-details-save")).click();
    assertThat($(H2.class).id("workspace-title").getText()).isEqualTo(renamed);

    test($(Button.class).id("workspace-archive")).click();

    assertThat(workspaces.get(ws.id()).archived()).isTrue();
    assertThat($(Paragraph.class).id("workspace-archived").getText()).contains("archived");
    assertThat($(TextField.class).withId("workspace-public-url").all()).isEmpty();
    assertThat($(TextField.class).withId("member-username").all()).isEmpty();
    assertThat($(Grid.class).id("members").getColumns()).hasSize(4);
    assertThat($(Button.class).id("workspace-archive").getText()).isEqualTo("Unarchive workspace");

    test($(Button.class).id("workspace-archive")).click();
    assertThat(workspaces.get(ws.id()).archived()).isFalse();
  }
}
