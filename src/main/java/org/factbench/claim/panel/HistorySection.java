package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;

/** The claim's history, read when the user opens it; it stays open while the claim changes. */
@org.springframework.stereotype.Component
class HistorySection implements ClaimPanelSection {

  private final HistoryService history;

  HistorySection(HistoryService history) {
    this.history = history;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public PanelPart create(PanelContext context) {
    // the history is the team's: viewers see published claims only, without it
    return context.canEdit() ? new Part(context) : claim -> hidden();
  }

  private static Component hidden() {
    com.vaadin.flow.component.html.Div none = new com.vaadin.flow.component.html.Div();
    none.setVisible(false);
    return none;
  }

  private final class Part implements PanelPart {

    private final PanelContext context;
    private boolean open;

    Part(PanelContext context) {
      this.context = context;
    }

    @Override
    public Component render(ClaimDetail d) {
      VerticalLayout list = PanelParts.box("claim-history");
      list.addClassName("fb-timeline");
      Details details = new Details(Messages.t("claim.history.title"), list);
      details.setId("history-details");
      details.setWidthFull();
      Runnable fill =
          () -> {
            if (list.getComponentCount() == 0) {
              history.forClaim(context.workspaceId(), d.id()).forEach(h -> list.add(entry(h)));
            }
          };
      if (open) {
        details.setOpened(true);
        fill.run();
      }
      details.addOpenedChangeListener(
          e -> {
            open = e.isOpened();
            if (e.isOpened()) {
              fill.run();
            }
          });
      return details;
    }

    private static Span entry(HistoryEntry h) {
      String change =
          h.before() == null && h.after() == null
              ? ""
              : ": " + PanelParts.show(h.before()) + " \u2192 " + PanelParts.show(h.after());
      return new Span(
          PanelParts.WHEN.format(h.at())
              + " \u00b7 "
              + h.actorName()
              + " \u00b7 "
              + h.action()
              + change
              + (h.reason() == null
                  ? ""
                  : " \u00b7 \u201c" + PanelParts.show(h.reason()) + "\u201d"));
    }
  }
}
