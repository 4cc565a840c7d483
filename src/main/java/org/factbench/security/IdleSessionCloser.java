package org.factbench.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Signs a user out when Vaadin closes their idle session ({@code vaadin.closeIdleSessions}):
 * without this the HTTP session, kept alive by heartbeats, would still carry the sign-in.
 */
@Component
class IdleSessionCloser implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionDestroyListener(
            destroyed -> {
              var wrapped = destroyed.getSession().getSession();
              if (wrapped != null) {
                try {
                  wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                  // the HTTP session ended first; nothing left to do
                }
              }
            });
  }
}
