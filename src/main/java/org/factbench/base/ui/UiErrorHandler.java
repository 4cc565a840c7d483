package org.factbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Turns an exception that reaches the UI into a message a person can act on, never a stack trace.
 * Views catch what they can explain better themselves; this is the net under them.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
  }

  @Override
  public void error(ErrorEvent event) {
    String message = UserMessages.of(event.getThrowable());
    if (UI.getCurrent() != null) {
      Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
