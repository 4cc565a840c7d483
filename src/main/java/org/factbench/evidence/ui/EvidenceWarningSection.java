package org.factbench.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.Map;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Evidence;
import org.factbench.claim.panel.AbstractPanelSection;
import org.factbench.claim.panel.PanelContext;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.SourceArchive;

/**
 * A warning at the top of the claim panel, above the review buttons, when a source needs a look:
 * its page changed since cited or is gone, or its passage is not (quite) in the archived copy. A
 * reviewer reads it before approving; it is absent when every source is in order.
 */
@org.springframework.stereotype.Component
class EvidenceWarningSection extends AbstractPanelSection {

  private final SnapshotService snapshots;

  EvidenceWarningSection(SnapshotService snapshots) {
    super(15);
    this.snapshots = snapshots;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    Div box = new Div();
    box.setId("evidence-warning");
    if (d.sources().isEmpty()) {
      box.setVisible(false);
      return box;
    }
    Map<Long, SourceArchive> archives = new HashMap<>();
    snapshots.forClaim(context.workspaceId(), d.id()).forEach(a -> archives.put(a.sourceId(), a));
    UnorderedList items = new UnorderedList();
    items.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
    for (Evidence s : d.sources()) {
      SourceArchive a = archives.get(s.id());
      String warning = a == null ? null : EvidenceFormat.warning(a);
      if (warning != null) {
        Span name = new Span(s.title().isBlank() ? s.url() : s.title());
        name.getStyle().set("font-weight", "500");
        items.add(new ListItem(name, new Span(": " + warning)));
      }
    }
    if (items.getComponentCount() == 0) {
      box.setVisible(false);
      return box;
    }
    box.addClassName("fb-evidence-warning");
    var icon = VaadinIcon.WARNING.create();
    icon.addClassName("fb-flag");
    box.add(
        new Div(
            icon,
            new Span(
                " "
                    + Messages.t(
                        d.status().locksContent()
                            ? "evidence.warning.before-approving"
                            : "evidence.warning.title"))),
        items);
    return box;
  }
}
