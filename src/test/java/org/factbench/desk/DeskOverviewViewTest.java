package org.factbench.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The workspace overview shows the desk's figures: claims by status and the review backlog for
 * members who work on claims, and a period to choose.
 */
@IntegrationTest
@WithUserDetails("admin")
class DeskOverviewViewTest extends SpringBrowserlessTest {

  @Autowired WorkspaceService workspaces;
  @Autowired ClaimService claims;

  @Test
  void the_overview_counts_the_claims_by_status_and_switches_the_period() {
    WorkspaceSummary ws = workspaces.create(Fixtures.unique("Desk overview"), "", "");
    claims.create(ws.id(), NewClaim.byHand("Turnout was 71%."));
    claims.create(ws.id(), NewClaim.byHand("Exports grew by a third."));
    navigate("workspaces/" + ws.id(), Component.class);

    Grid<?> byStatus = $(Grid.class).id("desk-by-status");
    assertThat(test(byStatus).size()).isEqualTo(1);
    Anchor status = (Anchor) test(byStatus).getCellComponent(0, 0);
    assertThat(status.getText()).isEqualTo("New");
    assertThat(status.getHref()).isEqualTo("workspaces/" + ws.id() + "/claims?status=NEW");
    assertThat(test(byStatus).getCellText(0, 1)).isEqualTo("2");
    assertThat($(Div.class).id("desk-waiting").getElement().getTextRecursively()).startsWith("0");
    assertThat(test($(Grid.class).id("desk-weeks")).size()).isBetween(5, 6);

    @SuppressWarnings("unchecked")
    Select<Integer> period = $(Select.class).id("desk-period");
    test(period).selectItem("Last 7 days");
    assertThat(test($(Grid.class).id("desk-weeks")).size()).isBetween(1, 2);

    // the status's link opens the claims list filtered to it
    String href = status.getHref();
    com.vaadin
        .flow
        .component
        .UI
        .getCurrent()
        .navigate(
            href.substring(0, href.indexOf('?')),
            com.vaadin.flow.router.QueryParameters.fromString(
                href.substring(href.indexOf('?') + 1)));
    @SuppressWarnings("unchecked")
    ComboBox<ClaimStatus> filter = $(ComboBox.class).id("filter-status");
    assertThat(filter.getValue()).isEqualTo(ClaimStatus.NEW);
  }
}
