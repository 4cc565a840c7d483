package org.factbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workspace entries of the side navigation lead to their views' routes. */
class WorkspaceMenuPathsTest {

  @Test
  void a_route_with_an_optional_claim_leads_to_the_list_of_the_workspace() {
    assertThat(MainLayout.pathTemplate("workspaces/:workspaceId/claims/:claimId?"))
        .isEqualTo("workspaces/{workspaceId}/claims");
  }

  @Test
  void a_route_of_the_workspace_itself_leads_to_its_overview() {
    assertThat(MainLayout.pathTemplate("workspaces/:workspaceId"))
        .isEqualTo("workspaces/{workspaceId}");
  }
}
