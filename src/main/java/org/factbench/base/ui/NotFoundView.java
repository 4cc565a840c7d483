package org.factbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.factbench.base.NotFoundException;

/** Shown when a view asks for something that does not exist or is not the user's to see. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  public NotFoundView() {
    addClassName("fb-view");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    H2 title = new H2(Messages.t("base.not-found.title"));
    title.setId("not-found");
    add(
        title,
        new Paragraph(parameter.getException().getMessage()),
        new Anchor("", Messages.t("base.not-found.back")));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
