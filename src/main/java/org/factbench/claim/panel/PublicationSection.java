package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;

/**
 * Where the claim's fact-check is published: its own address, which ClaimReview points readers to
 * (without one, the workspace's public URL template is used). Editors set or change it.
 */
@org.springframework.stereotype.Component
class PublicationSection extends AbstractPanelSection {

  private final ClaimService claims;

  PublicationSection(ClaimService claims) {
    super(65);
    this.claims = claims;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout box = PanelParts.box("claim-publication");
    if (!d.publishedUrl().isEmpty()) {
      Anchor link = new Anchor(d.publishedUrl(), d.publishedUrl());
      link.setTarget(AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      link.setId("claim-published-url-link");
      box.add(new HorizontalLayout(new Span(Messages.t("claim.publication.at")), link));
    }
    if (context.canEdit()) {
      TextField url = new TextField(Messages.t("claim.publication.url"));
      url.setId("claim-published-url");
      url.setValue(d.publishedUrl());
      url.setPlaceholder("https://");
      url.setHelperText(Messages.t("claim.publication.url.helper"));
      url.setWidthFull();
      context.keepsInput(url);
      Button save =
          new Button(
              Messages.t("claim.publication.save"),
              e -> {
                try {
                  claims.setPublishedUrl(context.workspaceId(), d.id(), url.getValue());
                  context.refresh();
                } catch (ValidationFailedException ex) {
                  url.setInvalid(true);
                  url.setErrorMessage(ex.getMessage());
                } catch (RuntimeException ex) {
                  context.error(ex);
                }
              });
      save.setId("claim-published-url-save");
      save.addThemeVariants(ButtonVariant.LUMO_SMALL);
      HorizontalLayout row = new HorizontalLayout(url, save);
      row.setWidthFull();
      row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
      box.add(row);
    }
    box.setVisible(box.getComponentCount() > 0);
    return box;
  }
}
