package org.factbench.claim.panel;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factbench.base.ui.Messages;

/**
 * Grid cells the claim lists share: a verdict badge, and the wording with a muted line under it.
 * They are Lit templates filled in the browser, not server-side components: a page of 50 rows then
 * costs a few JSON properties per row instead of some 300 state nodes per tab, which the load test
 * showed as the view's largest cost in memory and CPU.
 */
public final class ClaimCells {

  private ClaimCells() {}

  /** The verdict in its colour ({@code #rrggbb}, checked by the rating scale), or a dash. */
  public static <T> LitRenderer<T> verdict(Function<T, String> label, Function<T, String> colour) {
    return LitRenderer.<T>of(
            "<span class=\"${item.label ? 'fb-verdict-badge' : ''}\""
                + " style=\"${item.label ? 'background: ' + item.colour : ''}\">"
                + "${item.label || '\u2014'}</span>")
        .withProperty("label", label::apply)
        .withProperty("colour", colour::apply);
  }

  /**
   * The wording, under it the non-empty details joined by middle dots, and under that the
   * figure-check flag when {@code figureCheck} gives one (its sentence is made on the server, in
   * the user's language, and sent only for the rows that have one).
   */
  public static <T> LitRenderer<T> wording(
      Function<T, String> wording,
      Function<T, Stream<String>> details,
      Function<T, String> figureCheck) {
    return LitRenderer.<T>of(
            "<div><span>${item.wording}</span>"
                + "<span class=\"fb-note-meta\" style=\"display: block\">${item.meta}</span>"
                + "<div class=\"fb-figure-check\""
                + " style=\"margin-top: var(--lumo-space-xs); display: ${item.figure ? 'block' :"
                + " 'none'}\">"
                + "<vaadin-icon icon=\"vaadin:warning\" class=\"fb-flag\"></vaadin-icon>"
                + "<span> ${item.figure}</span></div></div>")
        .withProperty("wording", wording::apply)
        .withProperty("meta", row -> meta(details.apply(row)))
        .withProperty(
            "figure",
            row -> {
              String figure = figureCheck.apply(row);
              return figure == null ? null : Messages.t("claim.cells.figures-disagree", figure);
            });
  }

  private static String meta(Stream<String> details) {
    return details
        .filter(Objects::nonNull)
        .filter(d -> !d.isBlank())
        .collect(Collectors.joining(" \u00b7 "));
  }
}
