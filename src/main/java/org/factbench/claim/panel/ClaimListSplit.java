package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.util.List;
import java.util.function.ToLongFunction;
import org.factbench.base.live.Change;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.workspace.Member;

/**
 * A list of claims with the claim panel beside it, and under it on a phone (factbench.css): the
 * claims list and the review queue. A click on a row opens that claim in the panel; a change the
 * team makes refreshes the list and the open claim, and a change made in the panel refreshes the
 * list.
 */
public class ClaimListSplit<T> extends SplitLayout {

  private final ClaimPanels panels;
  private final Grid<T> grid;
  private final Div detail = new Div();
  private ClaimPanel panel;
  private long workspaceId;
  private Role role;
  private List<Verdict> scale;
  private List<Member> members;

  /**
   * The split of {@code grid}, whose rows are claims with the ids {@code id} gives, and the panel;
   * the list takes {@code listPercent} of the width.
   */
  public ClaimListSplit(
      ClaimPanels panels, Grid<T> grid, ToLongFunction<T> id, double listPercent) {
    this.panels = panels;
    this.grid = grid;
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addItemClickListener(e -> open(id.applyAsLong(e.getItem())));
    // the grid's own default is 400 px: it fills the split's height, so a window shows all it can
    grid.setHeightFull();
    detail.setId("claim-detail");
    detail
        .getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("overflow", "auto")
        .set("box-sizing", "border-box");
    addToPrimary(grid);
    addToSecondary(detail);
    setSplitterPosition(listPercent);
    setSizeFull();
    // on a phone the list and the panel come one under the other (factbench.css)
    addClassName("fb-list-split");
  }

  /**
   * Closes the open claim and shows {@code prompt} instead; claims opened from now on are those of
   * {@code workspaceId}, as a member with {@code role} sees them.
   */
  public void reset(
      long workspaceId, Role role, List<Verdict> scale, List<Member> members, String prompt) {
    this.workspaceId = workspaceId;
    this.role = role;
    this.scale = scale;
    this.members = members;
    show(new Span(prompt));
  }

  /** Opens the claim {@code claimId} in the panel. */
  public void open(long claimId) {
    panel =
        panels.create(
            workspaceId, role, scale, members, changed -> grid.getDataProvider().refreshAll());
    show(panel);
    panel.show(claimId);
  }

  /** Shows {@code components} where the panel stands (a form for a new claim). */
  public void show(Component... components) {
    if (components.length == 0 || components[0] != panel) {
      panel = null;
    }
    detail.removeAll();
    detail.add(components);
  }

  /** A change the team made: the list reads its rows again, and the open claim reloads itself. */
  public void changed(Change change) {
    grid.getDataProvider().refreshAll();
    if (panel != null) {
      panel.changed(change);
    }
  }
}
