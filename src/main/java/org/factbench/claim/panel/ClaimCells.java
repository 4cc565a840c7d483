package org.factbench.claim.panel;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factbench.base.Contrast;
import org.factbench.base.ui.Messages;

/**
 * Grid cells the claim lists share: a verdict badge, and the wording with a muted line under it.
 * They are Lit templates filled in the browser, not server-side components: a page of 50 rows then
 * costs a few JSON properties per row instead of some 300 state nodes per tab, which the load test
 * showed as the view's largest cost in memory and CPU.
 */
public final class ClaimCells {

  private ClaimCells() {}

  /**
   * The verdict on its colour ({@code #rrggbb}, checked by the rating scale) in the text colour
   * that reads best on it ({@link Contrast#textOn}), or a dash.
   */
  public static <T> LitRenderer<T> verdict(Function<T, String> label, Function<T, String> colour) {
    return LitRenderer.<T>of(
            "<span class=\"${item.label ? 'fb-verdict-badge' : ''}\""
                + " style=\"${item.label ? 'background: ' + item.colour + '; color: ' + item.text"
                + " : ''}\">"
                + "${item.label || '\u2014'}</span>")
        .withProperty("label", label::apply)
        .withProperty("colour", colour::apply)
        .withProperty("text", row -> textOn(colour.apply(row)));
  }

  private static String textOn(String colour) {
    return Contrast.isHex(colour) ? Contrast.textOn(colour) : null;
  }

  /**
   * The wording (at most two lines), under it the non-empty details joined by middle dots (one
   * line), and before it a warning icon when {@code figureCheck} gives a figure check: the icon's
   * accessible name says it, the column's tooltip ({@link #figureWarning}) shows it, and the claim
   * panel has the detail. Rows keep one height, so a window shows many of them. The sentence is
   * made on the server, in the user's language, and sent only for the rows that have one.
   */
  public static <T> LitRenderer<T> wording(
      Function<T, String> wording,
      Function<T, Stream<String>> details,
      Function<T, String> figureCheck) {
    return LitRenderer.<T>of(
            "<div class=\"fb-claim-cell\">"
                + "<vaadin-icon icon=\"vaadin:warning\" class=\"fb-flag\" role=\"img\""
                + " aria-label=\"${item.figure || ''}\" ?hidden=\"${!item.figure}\"></vaadin-icon>"
                + "<span class=\"fb-claim-wording\">${item.wording}</span>"
                + "<span class=\"fb-claim-meta\">${item.meta}</span></div>")
        .withProperty("wording", wording::apply)
        .withProperty("meta", row -> meta(details.apply(row)))
        .withProperty("figure", row -> figureWarning(figureCheck.apply(row)));
  }

  /** The warning for a claim's figure check, or null without one: a column's tooltip. */
  public static String figureWarning(String figureCheck) {
    return figureCheck == null ? null : Messages.t("claim.cells.figures-disagree", figureCheck);
  }

  private static String meta(Stream<String> details) {
    return details
        .filter(Objects::nonNull)
        .filter(d -> !d.isBlank())
        .collect(Collectors.joining(" \u00b7 "));
  }
}
