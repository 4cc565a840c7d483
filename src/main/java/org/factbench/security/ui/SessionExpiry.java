package org.factbench.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the browser's session is gone (it timed out, or the node that held it stopped and the proxy
 * sent the user to another node), Vaadin takes the user straight to the sign-in page with a note
 * saying why, instead of reloading the page they were on without explanation.
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .setSystemMessagesProvider(
            info -> {
              CustomizedSystemMessages messages = new CustomizedSystemMessages();
              messages.setSessionExpiredNotificationEnabled(false);
              String context = info.getRequest() == null ? "" : info.getRequest().getContextPath();
              messages.setSessionExpiredURL(context + "/login?" + LoginView.EXPIRED);
              return messages;
            });
  }
}
