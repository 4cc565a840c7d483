package org.factbench.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grid cells the claim lists share: a verdict badge, and the wording with a muted line under it.
 */
final class ClaimCells {

  private ClaimCells() {}

  /** The verdict in its colour, or a dash when there is none yet. */
  static Span verdict(String label, String colour) {
    Span badge = new Span(label == null ? "\u2014" : label);
    if (label != null) {
      badge.addClassName("fb-verdict-badge");
      badge.getStyle().set("background", colour);
    }
    return badge;
  }

  /** The wording, and under it the non-empty {@code details} joined by middle dots. */
  static Div wording(String wording, Stream<String> details) {
    Span meta =
        new Span(
            details
                .filter(Objects::nonNull)
                .filter(d -> !d.isBlank())
                .collect(Collectors.joining(" \u00b7 ")));
    meta.addClassName("fb-note-meta");
    meta.getStyle().set("display", "block");
    return new Div(new Span(wording), meta);
  }
}
