package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;

/** The claim this one repeats (with "Remove link" for editors) and the claims that repeat it. */
@org.springframework.stereotype.Component
class SameClaimSection extends AbstractPanelSection {

  private final ClaimService claims;

  SameClaimSection(ClaimService claims) {
    super(40);
    this.claims = claims;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout box = PanelParts.box("claim-links");
    long ws = context.workspaceId();
    if (d.sameAs() != null) {
      Div same =
          new Div(
              new Span(Messages.t("claim.same.same-as") + " "), PanelParts.linkTo(ws, d.sameAs()));
      same.setId("claim-same-as");
      if (context.canEdit()) {
        Button unlink =
            new Button(
                Messages.t("claim.same.remove-link"),
                e -> context.run(() -> claims.unlink(ws, d.id())));
        unlink.setId("claim-unlink");
        unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        same.add(unlink);
      }
      box.add(same);
    }
    if (!d.sameClaims().isEmpty()) {
      Div also = new Div(new Span(Messages.t("claim.same.also-stated-as") + " "));
      also.setId("claim-same-claims");
      d.sameClaims().forEach(l -> also.add(PanelParts.linkTo(ws, l), new Span(" ")));
      box.add(also);
    }
    box.setVisible(box.getComponentCount() > 0);
    return box;
  }
}
