package org.factbench.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The workspace the user is working in, remembered for the browser session (for the navigation).
 */
public final class CurrentWorkspace {

  private static final String KEY = CurrentWorkspace.class.getName();

  private CurrentWorkspace() {}

  public static void set(long workspaceId, String name) {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(KEY, new Entry(workspaceId, name));
    }
  }

  public static Optional<Entry> get() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((Entry) session.getAttribute(KEY));
  }

  /** The workspace's id and name. */
  public record Entry(long id, String name) implements java.io.Serializable {}
}
