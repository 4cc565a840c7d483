package org.factbench.claim.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.factbench.base.NotFoundException;

/** Reads ids from route parameters; an id that is not a number is simply not found. */
final class WorkspaceRoutes {

  private WorkspaceRoutes() {}

  static long id(BeforeEnterEvent event, String name, String what) {
    try {
      return Long.parseLong(event.getRouteParameters().get(name).orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException(what);
    }
  }
}
