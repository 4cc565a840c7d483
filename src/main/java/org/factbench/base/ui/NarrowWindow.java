package org.factbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * Tells a view whether its browser window is as narrow as a phone's, when it is attached and
 * whenever a resize crosses the line: lists then show fewer columns, since a grid's columns cannot
 * be hidden from a style sheet. The line is the one factbench.css uses for its phone layout.
 */
public final class NarrowWindow implements Serializable {

  /** The widest window, in CSS pixels, that counts as a phone's ({@code max-width: 700px}). */
  public static final int PHONE_WIDTH = 700;

  private final SerializableConsumer<Boolean> handler;
  private Boolean narrow;
  private Registration resize;

  private NarrowWindow(Component view, SerializableConsumer<Boolean> handler) {
    this.handler = handler;
    view.addAttachListener(
        e -> {
          Page page = e.getUI().getPage();
          page.retrieveExtendedClientDetails(d -> width(d.getWindowInnerWidth()));
          resize = page.addBrowserWindowResizeListener(r -> width(r.getWidth()));
        });
    view.addDetachListener(
        e -> {
          if (resize != null) {
            resize.remove();
            resize = null;
          }
        });
  }

  /**
   * Calls {@code handler} with true while the view's window is a phone's and false otherwise: once
   * the width is known after each attach, then on each change.
   */
  public static NarrowWindow follow(Component view, SerializableConsumer<Boolean> handler) {
    return new NarrowWindow(view, handler);
  }

  /** Whether the window was narrow when last measured (false before the first measure). */
  public boolean isNarrow() {
    return Boolean.TRUE.equals(narrow);
  }

  private void width(int pixels) {
    boolean now = pixels > 0 && pixels <= PHONE_WIDTH;
    if (narrow == null || narrow != now) {
      narrow = now;
      handler.accept(now);
    }
  }
}
