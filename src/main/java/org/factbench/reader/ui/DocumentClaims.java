package org.factbench.reader.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.LongConsumer;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimHighlight;
import org.factbench.claim.panel.PanelParts;

/**
 * The claims marked in a document, beside its text: each claim's verdict badge and its wording,
 * which wraps within the column and opens the claim. A list of plain buttons, so that long wordings
 * wrap instead of running off the window.
 */
class DocumentClaims extends UnorderedList {

  private final LongConsumer open;

  DocumentClaims(LongConsumer open) {
    this.open = open;
    setId("document-claims");
    addClassName("fb-reader-claims");
  }

  void show(List<ClaimHighlight> highlights) {
    removeAll();
    for (ClaimHighlight h : highlights) {
      Span badge =
          PanelParts.badge(
              h.verdictLabel() == null ? Messages.t("reader.view.no-verdict") : h.verdictLabel(),
              h.verdictLabel() == null ? null : h.colour());
      NativeButton wording = new NativeButton(h.wording(), e -> open.accept(h.claimId()));
      wording.addClassName("fb-reader-claim");
      add(new ListItem(badge, wording));
    }
    if (highlights.isEmpty()) {
      add(new ListItem(Messages.t("reader.view.no-claims")));
    }
  }
}
