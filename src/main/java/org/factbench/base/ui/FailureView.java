package org.factbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.factbench.base.StorageFailures;

/**
 * Shown instead of Vaadin's internal-error page when opening a view fails: the words of {@link
 * UserMessages}, never a stack trace. It has no main layout, since that layout may need the very
 * database that failed; a link reloads the page the user wanted.
 */
@PermitAll
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

  public FailureView() {
    addClassName("fb-view");
    setId("failure-view");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    removeAll();
    boolean storage = StorageFailures.isUnavailable(parameter.getException());
    H2 title = new H2(Messages.t(storage ? "base.failure.storage.title" : "base.failure.title"));
    title.setId("failure-title");
    Paragraph text =
        new Paragraph(
            storage
                ? Messages.t("base.failure.storage.message")
                : UserMessages.of(parameter.getException()));
    text.setId("failure-message");
    String again = event.getLocation().getPathWithQueryParameters();
    Anchor retry = new Anchor(again, Messages.t("base.failure.retry"));
    retry.setId("failure-retry");
    add(title, text, retry);
    return storage
        ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
        : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
