package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a sentence, for {@link Cues}: percentages, money, other figures, small numbers.
 */
final class FigureCues {

  private FigureCues() {}

  private static final Pattern MONEY_CUE =
      Pattern.compile(
          "(?i)\\b\\d[\\d,.]*\\s*(?:thousand|million|billion|trillion|bn|m|k)?\\s*"
              + "(?:pounds|dollars|euros|crowns|roubles|rubles|hryvnias?|yen|francs|usd|eur|gbp)\\b");

  /**
   * Percentages, money and other figures, each kind counted once but listed up to three times. The
   * day of a date ("14 March") is not a figure.
   */
  static void figures(String t, List<int[]> dates, CueEvidence e) {
    if (!mayHoldFigures(t)) {
      return;
    }
    List<String> percentages = new ArrayList<>();
    List<String> money = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    List<String> small = new ArrayList<>();
    List<int[]> moneyRanges = new ArrayList<>();
    Matcher m = MONEY_CUE.matcher(t);
    while (m.find()) {
      moneyRanges.add(new int[] {m.start(), m.end()});
    }
    int from = 0;
    for (Quantity q : Quantities.find(t)) {
      int at = t.indexOf(q.text(), from);
      if (at < 0) {
        at = t.indexOf(q.text());
      } else {
        from = at + 1;
      }
      int start = at;
      int end = at + q.text().length();
      if (dates.stream().anyMatch(r -> r[0] <= start && end <= r[1])) {
        continue;
      }
      int[] inMoney =
          moneyRanges.stream().filter(r -> start < r[1] && r[0] < end).findFirst().orElse(null);
      String unit = q.unit();
      if (unit.equals("%")) {
        percentages.add(q.text());
      } else if (inMoney != null) {
        money.add(t.substring(Math.min(start, inMoney[0]), Math.max(end, inMoney[1])));
      } else if (unit.equals("$") || unit.equals("€") || unit.equals("£")) {
        money.add(q.text());
      } else if (!unit.isEmpty()
          || q.approximate()
          || q.high() >= 100
          || q.low() != q.high()
          || q.text().indexOf('.') >= 0) {
        figures.add(q.text());
      } else {
        small.add(q.text());
      }
    }
    if (money.isEmpty() && !moneyRanges.isEmpty()) {
      int[] r = moneyRanges.get(0);
      money.add(t.substring(r[0], r[1]));
    }
    e.all(Feature.PERCENTAGE, percentages);
    e.all(Feature.MONEY, money);
    e.all(Feature.FIGURE, figures);
    if (figures.isEmpty() && percentages.isEmpty() && money.isEmpty()) {
      e.all(Feature.SMALL_NUMBER, small);
    }
  }

  /** A digit or a scale word: without either, {@link Quantities} finds nothing. */
  private static boolean mayHoldFigures(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.contains("illion") || lower.contains("thousand");
  }
}
