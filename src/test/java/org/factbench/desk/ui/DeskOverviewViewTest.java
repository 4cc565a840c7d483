package org.factbench.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The workspace overview is the desk lead's dashboard: charts of where the work stands, each with
 * its table, whose bars and rows open the claims they count, for a period the lead chooses.
 */
@IntegrationTest
@WithUserDetails("admin")
class DeskOverviewViewTest extends SpringBrowserlessTest {

  @Autowired WorkspaceService workspaces;
  @Autowired ClaimService claims;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  long waitingLong;

  @BeforeEach
  void aDeskWithTwoNewClaimsAndTwoWaitingForReview() {
    ws = workspaces.create(Fixtures.unique("Desk overview"), "", "");
    claims.create(ws.id(), NewClaim.byHand("Turnout was 71%."));
    claims.create(ws.id(), NewClaim.byHand("Exports grew by a third."));
    waitingLong = waiting("Inflation halved in a year.", 5);
    waiting("The deficit is 6.3% of GDP.", 0);
    navigate("workspaces/" + ws.id(), Component.class);
  }

  private long waiting(String wording, int days) {
    long id = claims.create(ws.id(), NewClaim.byHand(wording)).id();
    jdbc.sql("update claim set status = 'READY_FOR_REVIEW', status_changed_at = ? where id = ?")
        .params(Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), id)
        .update();
    return id;
  }

  private Grid<?> table(String card) {
    return $(Grid.class).from($(VerticalLayout.class).id(card)).first();
  }

  @Test
  void every_chart_is_drawn_with_its_numbers_in_words_and_in_a_table() {
    for (String card :
        new String[] {
          "desk-by-status",
          "desk-verdicts",
          "desk-weeks",
          "desk-time",
          "desk-backlog",
          "desk-people",
          "desk-flags"
        }) {
      assertThat($(VerticalLayout.class).id(card).isVisible()).as(card).isTrue();
    }
    DeskChart byStatus = $(DeskChart.class).id("desk-by-status-chart");
    assertThat(byStatus.getElement().getAttribute("aria-label"))
        .isEqualTo("Claims by status (now). New: 2; Ready for review: 2.");

    Grid<?> table = table("desk-by-status");
    assertThat(test(table).size()).isEqualTo(2);
    assertThat(test(table).getCellText(0, 0)).isEqualTo("New");
    Anchor twoNew = (Anchor) test(table).getCellComponent(0, 1);
    assertThat(twoNew.getText()).isEqualTo("2");
    assertThat(twoNew.getHref()).isEqualTo("workspaces/" + ws.id() + "/claims?status=NEW");
    // up to a day, one to two days, over two days
    assertThat(test(table("desk-backlog")).getCellText(0, 0)).isEqualTo("Up to 1 day");
    assertThat(((Span) test(table("desk-backlog")).getCellComponent(0, 1)).getText())
        .isEqualTo("1");
    assertThat(((Anchor) test(table("desk-backlog")).getCellComponent(2, 1)).getText())
        .isEqualTo("1");
  }

  @Test
  void the_lead_clicks_the_bar_of_claims_waiting_over_two_days_and_sees_those_claims() {
    DeskChart backlog = $(DeskChart.class).id("desk-backlog-chart");
    String href = "workspaces/" + ws.id() + "/claims?status=READY_FOR_REVIEW&waiting-over-days=2";

    ComponentUtil.fireEvent(backlog, new DeskChart.SelectEvent(backlog, true, href));

    @SuppressWarnings("unchecked")
    ComboBox<ClaimStatus> status = $(ComboBox.class).id("filter-status");
    assertThat(status.getValue()).isEqualTo(ClaimStatus.READY_FOR_REVIEW);
    assertThat($(Button.class).id("linked-filter").getText())
        .isEqualTo("Status unchanged for over 2 days");
    @SuppressWarnings("unchecked")
    Grid<ClaimRow> grid = $(Grid.class).first();
    assertThat(test(grid).size()).isEqualTo(1);
    assertThat(test(grid).getRow(0).id()).isEqualTo(waitingLong);

    // removing the condition shows every claim waiting for review
    test($(Button.class).id("linked-filter")).click();
    assertThat(test(grid).size()).isEqualTo(2);
  }

  @Test
  void a_forged_bar_address_leads_nowhere() {
    DeskChart backlog = $(DeskChart.class).id("desk-backlog-chart");

    ComponentUtil.fireEvent(
        backlog, new DeskChart.SelectEvent(backlog, true, "workspaces/1/claims?status=NEW"));

    assertThat(UI.getCurrent().getActiveViewLocation().getPath())
        .isEqualTo("workspaces/" + ws.id());
  }

  @Test
  void the_lead_switches_the_period_and_chooses_a_range_of_days() {
    assertThat(test(table("desk-weeks")).size()).isBetween(5, 6);

    @SuppressWarnings("unchecked")
    Select<Integer> period = $(Select.class).id("desk-period");
    test(period).selectItem("Last 7 days");
    assertThat(test(table("desk-weeks")).size()).isBetween(1, 2);

    test(period).selectItem("Range of days");
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    test($(DatePicker.class).id("desk-from")).setValue(today.minusDays(62));
    test($(DatePicker.class).id("desk-to")).setValue(today);
    assertThat(test(table("desk-weeks")).size()).isBetween(9, 10);

    test($(DatePicker.class).id("desk-to")).setValue(today.minusDays(70));
    assertThat($(Span.class).id("desk-period-refused").getText()).contains("start before it ends");
  }
}
