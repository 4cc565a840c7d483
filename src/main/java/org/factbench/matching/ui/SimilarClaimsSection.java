package org.factbench.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;
import org.factbench.claim.panel.AbstractPanelSection;
import org.factbench.claim.panel.PanelContext;
import org.factbench.claim.panel.PanelParts;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.SimilarClaims;
import org.factbench.matching.SimilarClaimsFound;

/**
 * Claims like this one across the workspace and its reference collections, looked up when the user
 * opens the section, with "Already checked by ..." over a match above the calibrated threshold; an
 * editor links a claim of the workspace as the same claim to reuse its verdict and sources.
 */
@org.springframework.stereotype.Component
class SimilarClaimsSection extends AbstractPanelSection {

  private final SimilarClaims similar;
  private final ClaimService claims;

  SimilarClaimsSection(SimilarClaims similar, ClaimService claims) {
    super(45);
    this.similar = similar;
    this.claims = claims;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout list = PanelParts.box("claim-similar");
    Details details = new Details(Messages.t("matching.similar.title"), list);
    details.setId("claim-similar-details");
    details.setWidthFull();
    // looked up when opened: the panel itself stays one round trip
    details.addOpenedChangeListener(
        e -> {
          if (e.isOpened() && list.getComponentCount() == 0) {
            fill(context, list, d);
          }
        });
    return details;
  }

  private void fill(PanelContext context, VerticalLayout into, ClaimDetail d) {
    long ws = context.workspaceId();
    SimilarClaimsFound found = similar.find(ws, d.wording(), d.id(), 5);
    if (found.hits().isEmpty()) {
      into.add(new Span(Messages.t("matching.similar.empty")));
      return;
    }
    AlreadyCheckedBadge.best(found.hits())
        .ifPresent(best -> into.add(new Div(AlreadyCheckedBadge.of(ws, best))));
    for (SimilarClaim s : found.hits()) {
      Div item =
          new Div(
              s.claim() != null
                  ? PanelParts.linkTo(ws, s.claim())
                  : AlreadyCheckedBadge.reference(s.reference()));
      item.addClassName("fb-note");
      Span why = new Span(String.join(" \u00b7 ", s.reasons()));
      why.addClassName("fb-muted");
      item.add(new Div(why));
      if (s.claim() != null && context.canEdit() && !linked(d, s)) {
        Button link =
            new Button(
                Messages.t("matching.similar.same-claim"),
                e -> context.run(() -> claims.linkSameAs(ws, d.id(), s.claim().id())));
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.setTooltipText(Messages.t("matching.similar.same-claim.tooltip"));
        link.addClassName("fb-link-same");
        item.add(link);
      }
      into.add(item);
    }
    if (found.partlyLexical()) {
      Span note = new Span(Messages.t("matching.similar.lexical"));
      note.addClassName("fb-muted");
      note.setId("claim-similar-lexical");
      into.add(note);
    }
  }

  private static boolean linked(ClaimDetail d, SimilarClaim s) {
    return d.sameAs() != null && d.sameAs().id() == s.claim().id()
        || d.sameClaims().stream().anyMatch(l -> l.id() == s.claim().id());
  }
}
