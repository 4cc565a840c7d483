package org.factbench.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.factbench.base.NotFoundException;

/** Reads ids from route parameters; an id that is not a number is simply not found. */
public final class RouteIds {

  private RouteIds() {}

  /** The route parameter {@code name} as an id; {@code what} names it in the "not found" page. */
  public static long id(BeforeEnterEvent event, String name, String what) {
    try {
      return Long.parseLong(event.getRouteParameters().get(name).orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException(what);
    }
  }
}
