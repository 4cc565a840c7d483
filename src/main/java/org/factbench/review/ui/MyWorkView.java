package org.factbench.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.QueueRow;
import org.factbench.review.ReviewQueries;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;

/**
 * The signed-in user's assigned claims in a workspace, by workflow state, with a count per state; a
 * row opens the claim. It follows the team's changes live.
 */
@Route("workspaces/:workspaceId/my-work")
@WorkspaceMenu(title = "review.nav.my-work", order = 25, icon = "vaadin:user-check")
@PermitAll
class MyWorkView extends WorkspacePage {

  private final ReviewQueries review;
  private final LiveUpdates live;
  private final Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);
  private final FlexLayout states = new WrappingRow("s");
  private ClaimStatus selected;

  MyWorkView(ReviewQueries review, WorkspaceService workspaces, ChangeFeed feed) {
    super(workspaces, "review.my-work.title");
    this.review = review;
    this.live =
        new LiveUpdates(
            this,
            feed,
            change -> {
              counts();
              grid.getDataProvider().refreshAll();
            });
    setSizeFull();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    live.workspace(workspace().id());
    selected = null;
    build();
  }

  private void build() {
    removeAll();
    states.setId("my-work-states");
    grid.removeAllColumns();
    grid.addColumn(r -> Messages.t(r.status().labelKey()))
        .setHeader(Messages.t("review.my-work.column.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(QueueRow::wording)
        .setHeader(Messages.t("review.my-work.column.claim"))
        .setFlexGrow(5);
    grid.addColumn(r -> r.verdictLabel() == null ? "" : r.verdictLabel())
        .setHeader(Messages.t("review.my-work.column.verdict"))
        .setAutoWidth(true);
    grid.addColumn(r -> ReviewQueueView.age(r.since()))
        .setHeader(Messages.t("review.my-work.column.in-state"))
        .setWidth("8em")
        .setFlexGrow(0);
    grid.addColumn(r -> r.comment() == null ? "" : r.comment())
        .setHeader(Messages.t("review.my-work.column.comment"))
        .setFlexGrow(3);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItemsPageable(page -> review.myWork(workspace().id(), selected, page).getContent());
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "workspaces/" + workspace().id() + "/claims/" + e.getItem().id())));
    grid.setEmptyStateText(Messages.t("review.my-work.empty"));
    grid.setId("my-work");
    counts();
    add(new H2(Messages.t("review.my-work.title")), states, grid);
    setFlexGrow(1, grid);
  }

  private void counts() {
    Map<ClaimStatus, Long> counts = review.myWorkCounts(workspace().id());
    states.removeAll();
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    states.add(chip(Messages.t("review.my-work.all", String.valueOf(all)), null, "state-all"));
    for (ClaimStatus s : ClaimStatus.values()) {
      long n = counts.getOrDefault(s, 0L);
      if (n > 0) {
        states.add(
            chip(
                Messages.t("review.my-work.state", Messages.t(s.labelKey()), String.valueOf(n)),
                s,
                "state-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      }
    }
    if (all == 0) {
      states.add(new Span(Messages.t("review.my-work.none")));
    }
  }

  private Button chip(String label, ClaimStatus status, String id) {
    Button b =
        new Button(
            label,
            e -> {
              selected = status;
              counts();
              grid.getDataProvider().refreshAll();
            });
    b.setId(id);
    b.addClassName("fb-count-chip");
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    b.getElement().setAttribute("aria-pressed", String.valueOf(selected == status));
    if (selected == status) {
      b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    return b;
  }
}
