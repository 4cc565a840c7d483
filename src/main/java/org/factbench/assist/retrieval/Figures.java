package org.factbench.assist.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factbench.assist.Quantities;
import org.factbench.assist.Quantity;

/**
 * The figures of a text that can be evidence that two texts make the same claim: those stated with
 * a unit or a scale ("180,000 killed", "6.3%", "$2 billion", "millions of people"). Dates, days,
 * months, years and bare counts ("3", "February 25, 2016") never are: they match by chance.
 */
public final class Figures {

  /** Two figures agree when they overlap once each is widened by this much (2%). */
  static final double TOLERANCE = 0.02;

  private static final Pattern SCALE =
      Pattern.compile(
          "(?i)(?:\\d\\s*(?:k|m|bn)\\b|\\b(?:thousands?|millions?|billions?|trillions?|hundreds of|dozens of)\\b)");

  /** Words that, right after a number, say what is counted. */
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?i)^\\s*(?:of\\s+)?(?:[a-z-]+\\s+)?(?:people|persons|killed|dead|deaths|died|murders?|murdered|"
              + "homicides|victims|soldiers|troops|refugees|immigrants|migrants|children|kids|babies|women|"
              + "men|students|workers|jobs|voters|votes|seats|cases|patients|infections|arrests|arrested|"
              + "shootings|guns|officers|police|americans|citizens|residents|deportations|deported|"
              + "prisoners|detainees|inmates|employees|members|signatures|followers|homes|households|"
              + "families|tons|tonnes|acres|miles|kilometres|kilometers|barrels|gallons|litres|liters|"
              + "pounds|dollars|euros|times|percent|per\\s*cent)\\b");

  private Figures() {}

  /** A figure that counts as evidence, with the kind of thing it measures ("%", "$", "count"). */
  public record Figure(Quantity quantity, String kind) {}

  /** The figures of {@code text} stated with a unit or a scale, in reading order. */
  public static List<Figure> find(String text) {
    List<Figure> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int from = 0;
    for (Quantity q : Quantities.find(text)) {
      int at = text.indexOf(q.text(), from);
      if (at < 0) {
        at = text.indexOf(q.text());
      }
      String after = at < 0 ? "" : text.substring(Math.min(text.length(), at + q.text().length()));
      if (at >= 0) {
        from = at;
      }
      kind(q, after).ifPresent(kind -> out.add(new Figure(q, kind)));
    }
    return out;
  }

  private static Optional<String> kind(Quantity q, String after) {
    switch (q.unit()) {
      case "years", "months", "days" -> {
        return Optional.empty();
      }
      case "" -> {}
      default -> {
        return Optional.of(q.unit());
      }
    }
    String words = q.text().toLowerCase(Locale.ROOT);
    if (words.matches(".*\\b(?:people|soldiers|troops|deaths|votes|seats)\\b.*")) {
      return Optional.of("count");
    }
    boolean scaled = SCALE.matcher(words).find();
    boolean counted = COUNTED.matcher(after.length() > 60 ? after.substring(0, 60) : after).find();
    if (counted) {
      String next = after.strip().toLowerCase(Locale.ROOT);
      if (next.startsWith("percent") || next.startsWith("per cent")) {
        return Optional.of("%");
      }
      if (next.startsWith("dollars")) {
        return Optional.of("$");
      }
      return Optional.of("count");
    }
    return scaled ? Optional.of("count") : Optional.empty();
  }

  /**
   * The first figure of {@code a} that agrees with one of {@code b} of the same kind, as "A to B"
   * in the words of each ("180,000 to 180 thousand").
   */
  public static Optional<String> same(List<Figure> a, List<Figure> b) {
    for (Figure x : a) {
      for (Figure y : b) {
        if (x.kind().equals(y.kind()) && agree(x.quantity(), y.quantity())) {
          return Optional.of(x.quantity().text() + " to " + y.quantity().text());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean agree(Quantity x, Quantity y) {
    return x.agreesWith(y, TOLERANCE);
  }
}
