package org.factbench.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.LongConsumer;
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

  /**
   * Opens what a link names by the id in {@code value}, if it names one: an id that is not a
   * number, or whose thing is gone or out of reach (a stale link), is passed over, so the view
   * still opens.
   */
  public static void openIfPresent(Optional<String> value, LongConsumer open) {
    value.ifPresent(
        id -> {
          try {
            open.accept(Long.parseLong(id));
          } catch (RuntimeException ignored) {
            // a stale link: the view still opens without it
          }
        });
  }

  /** The id in {@code value}, or null without one or when it is not a number. */
  public static Long optional(Optional<String> value) {
    try {
      return value.map(Long::valueOf).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
