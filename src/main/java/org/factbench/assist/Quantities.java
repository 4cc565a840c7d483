package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a sentence ("180,000-220,000 soldiers", "6.3% of GDP", "about half a
 * million", "millions of people", "35-36 years") and compares a claim's figure with its sources'.
 * Rules, not a model: every result can be explained by the words it came from.
 */
public final class Quantities {

  private Quantities() {}

  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand", 1e3,
          "million", 1e6,
          "billion", 1e9,
          "trillion", 1e12,
          "k", 1e3,
          "m", 1e6,
          "bn", 1e9);

  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("a", 1.0),
          Map.entry("half a", 0.5),
          Map.entry("a quarter of a", 0.25),
          Map.entry("dozens of", 24.0),
          Map.entry("hundreds of", 100.0));

  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String HEDGE =
      "(?:about|around|some|roughly|nearly|almost|approximately|over|more than|up to|close to)";
  private static final String SCALE = "(?:thousand|million|billion|trillion|bn|k|m)\\b";
  private static final String UNIT =
      "(%|per ?cent|percent|years?|months?|days?|people|soldiers|troops|deaths|votes|seats|euros?|dollars?|\\$)";

  /** "180,000-220,000", "35–36 years", "6.3%", "2.5 million", "about 4 percent". */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?i)(?<hedge>"
              + HEDGE
              + "\\s+)?(?<currency>[$€£])?(?<a>"
              + NUMBER
              + ")\\s*(?<scaleA>"
              + SCALE
              + ")?(?:\\s*(?:-|–|—|to)\\s*(?<b>"
              + NUMBER
              + ")\\s*(?<scaleB>"
              + SCALE
              + ")?)?\\s*(?<unit>"
              + UNIT
              + ")?");

  /** "between 180,000 and 220,000 soldiers", "between 2 and 3 million". */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?i)\\bbetween\\s+(?<currency>[$€£])?(?<a>"
              + NUMBER
              + ")\\s*(?<scaleA>"
              + SCALE
              + ")?\\s+and\\s+[$€£]?(?<b>"
              + NUMBER
              + ")\\s*(?<scaleB>"
              + SCALE
              + ")?\\s*(?<unit>"
              + UNIT
              + ")?");

  /** "millions of people", "tens of thousands", "half a million", "two billion". */
  private static final Pattern VERBAL =
      Pattern.compile(
          "(?i)\\b(?<hedge>"
              + HEDGE
              + "\\s+)?(?:(?<word>half a|a quarter of a|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+(?<scale>thousand|million|billion|trillion)"
              + "|(?<plural>tens of thousands|hundreds of thousands|thousands|millions|billions))\\b(?:\\s+(?:of\\s+)?(?<unit>people|soldiers|troops|deaths|votes|euros|dollars))?");

  /** Every figure in the text, in reading order. */
  public static List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    List<int[]> taken = new ArrayList<>();
    Matcher v = VERBAL.matcher(text);
    while (v.find()) {
      double low;
      double high;
      if (v.group("plural") != null) {
        switch (v.group("plural").toLowerCase(Locale.ROOT)) {
          case "tens of thousands" -> {
            low = 1e4;
            high = 1e5;
          }
          case "hundreds of thousands" -> {
            low = 1e5;
            high = 1e6;
          }
          case "thousands" -> {
            low = 2e3;
            high = 1e4;
          }
          case "millions" -> {
            low = 2e6;
            high = 1e7;
          }
          default -> {
            low = 2e9;
            high = 1e10;
          }
        }
        found.add(new Quantity(low, high, unit(v.group("unit")), true, v.group().strip()));
      } else {
        double value =
            WORDS.get(v.group("word").toLowerCase(Locale.ROOT))
                * SCALES.get(v.group("scale").toLowerCase(Locale.ROOT));
        found.add(
            new Quantity(
                value,
                value,
                unit(v.group("unit")),
                v.group("hedge") != null
                    || v.group("word").toLowerCase(Locale.ROOT).contains("half"),
                v.group().strip()));
      }
      taken.add(new int[] {v.start(), v.end()});
    }
    Matcher between = BETWEEN.matcher(text);
    while (between.find()) {
      if (between.group("unit") == null
          && between.group("scaleA") == null
          && between.group("scaleB") == null
          && between.group("currency") == null
          && between.group("a").matches("(1[89]|20)\\d\\d")
          && between.group("b").matches("(1[89]|20)\\d\\d")) {
        continue; // "between 2019 and 2022" are years
      }
      double scaleB = scale(between.group("scaleB"));
      double scaleA = between.group("scaleA") != null ? scale(between.group("scaleA")) : scaleB;
      String unit =
          between.group("currency") != null
              ? between.group("currency")
              : unit(between.group("unit"));
      found.add(
          new Quantity(
              number(between.group("a")) * scaleA,
              number(between.group("b")) * scaleB,
              unit,
              false,
              between.group().strip()));
      taken.add(new int[] {between.start(), between.end()});
    }
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int start = m.start("a");
      if (taken.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
        continue;
      }
      if (isYear(m) || isTimecode(text, m)) {
        continue;
      }
      double scaleB = scale(m.group("scaleB"));
      double scaleA = m.group("scaleA") != null ? scale(m.group("scaleA")) : scaleB;
      double a = number(m.group("a")) * scaleA;
      double b = m.group("b") == null ? a : number(m.group("b")) * scaleB;
      String unit = m.group("currency") != null ? m.group("currency") : unit(m.group("unit"));
      found.add(new Quantity(a, b, unit, m.group("hedge") != null, m.group().strip()));
    }
    found.sort(java.util.Comparator.comparingInt(q -> text.indexOf(q.text())));
    return found;
  }

  /**
   * Whether a claim's figure and a source's disagree beyond {@code tolerance}; if so, a sentence
   * that says by how much ("claim says millions; source says 180,000-220,000: off by about 10x").
   * Figures in different units are not compared.
   */
  public static Optional<String> disagreement(Quantity claim, Quantity source, double tolerance) {
    if (!claim.unit().equals(source.unit()) || claim.agreesWith(source, tolerance)) {
      return Optional.empty();
    }
    double ratio = claim.centre() / source.centre();
    String off =
        ratio >= 3 || ratio <= 1.0 / 3
            ? "off by about " + round(ratio >= 1 ? ratio : 1 / ratio) + "x"
            : "off by " + Math.round(Math.abs(ratio - 1) * 100) + "%";
    return Optional.of(
        "claim says "
            + claim.text()
            + "; source says "
            + source.text()
            + ": "
            + off
            + (ratio > 1 ? " too high" : " too low"));
  }

  private static String round(double x) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(x)));
    return String.valueOf((long) (Math.round(x / magnitude) * magnitude));
  }

  private static boolean isYear(Matcher m) {
    String a = m.group("a");
    return m.group("unit") == null
        && m.group("scaleA") == null
        && m.group("currency") == null
        && a.matches("(1[89]|20)\\d\\d")
        && (m.group("b") == null || m.group("b").matches("(1[89]|20)\\d\\d|\\d\\d"));
  }

  private static boolean isTimecode(String text, Matcher m) {
    int end = m.end("a");
    return end < text.length() && text.charAt(end) == ':'
        || m.start("a") > 0 && text.charAt(m.start("a") - 1) == ':';
  }

  private static double number(String s) {
    return Double.parseDouble(s.replace(",", ""));
  }

  private static double scale(String s) {
    return s == null ? 1 : SCALES.get(s.toLowerCase(Locale.ROOT));
  }

  private static String unit(String raw) {
    if (raw == null) {
      return "";
    }
    String u = raw.toLowerCase(Locale.ROOT).replace(" ", "");
    // counts of people, soldiers, deaths or votes compare with each other; %, years and money do
    // not
    return switch (u) {
      case "%", "percent" -> "%";
      case "year", "years" -> "years";
      case "month", "months" -> "months";
      case "day", "days" -> "days";
      case "euro", "euros" -> "€";
      case "dollar", "dollars", "$" -> "$";
      default -> "";
    };
  }
}
