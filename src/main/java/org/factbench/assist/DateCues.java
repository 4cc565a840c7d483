package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dates of a sentence, for {@link Cues}: a year ("2024", "1990s", "2022-23"), a month with a
 * day or a preposition, a weekday after "on" or "last", and relative periods ("last year").
 */
final class DateCues {

  private DateCues() {}

  private static final Set<String> MONTHS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec");
  private static final Set<String> WEEKDAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final Set<String> BEFORE_MONTH =
      Set.of(
          "in", "since", "by", "until", "from", "last", "next", "early", "late", "mid", "of",
          "this", "during", "before", "after");
  private static final Set<String> BEFORE_WEEKDAY = Set.of("on", "last", "next", "since", "by");

  private static final Lexicon RELATIVE_DATE =
      new Lexicon(
          Cues.join(
              Lexicon.pairs(
                  Cues.list("last|this|next|previous|past"),
                  Cues.list("year|month|week|spring|summer|autumn|fall|winter|decade|quarter")),
              Lexicon.pairs(
                  Lexicon.pairs(
                      Cues.list("in the|over the|for the|during the"), Cues.list("past|last")),
                  Cues.list("* years|* months|* weeks|* decades")),
              Cues.list("yesterday")));

  /**
   * Character ranges of the dates, in reading order: a year ("2024", "1990s", "2022-23"), a month
   * with a day or a preposition ("14 March", "May 5", "in October"), a weekday after "on", "last"
   * and the like, and relative periods ("last year", "in the past two years", "yesterday").
   */
  static List<int[]> dates(Words w) {
    List<int[]> found = new ArrayList<>();
    int n = w.size();
    for (int i = 0; i < n; i++) {
      int end = RELATIVE_DATE.matchAt(w, i);
      if (end < 0
          && i + 1 < n
          && isMonth(w, i + 1)
          && (BEFORE_MONTH.contains(w.lower(i)) || isDay(w, i))) {
        end = i + 2; // "in May", "14 March"
      }
      if (end < 0
          && i + 1 < n
          && BEFORE_WEEKDAY.contains(w.lower(i))
          && WEEKDAYS.contains(w.word(i + 1))) {
        end = i + 2; // "on Monday"
      }
      if (end < 0 && i + 1 < n && isMonth(w, i) && w.number(i + 1)) {
        end = i + 2; // "March 2025", "Jan. 5"
      }
      if (end < 0 && isYear(w.lower(i))) {
        end = i + 1;
      }
      if (end > 0) {
        found.add(new int[] {w.start(i), w.end(end - 1)});
        i = end - 1;
      }
    }
    return found;
  }

  private static boolean isMonth(Words w, int i) {
    return MONTHS.contains(w.word(i));
  }

  private static boolean isDay(Words w, int i) {
    String d = w.lower(i);
    int digits = 0;
    while (digits < d.length() && Character.isDigit(d.charAt(digits))) {
      digits++;
    }
    String suffix = d.substring(digits);
    return (digits == 1 || digits == 2)
        && (suffix.isEmpty()
            || suffix.equals("st")
            || suffix.equals("nd")
            || suffix.equals("rd")
            || suffix.equals("th"));
  }

  /** "1991", "2024", "1990s", "2022-23". */
  static boolean isYear(String word) {
    if (word.length() < 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(word.charAt(k))) {
        return false;
      }
    }
    int year = Integer.parseInt(word.substring(0, 4));
    if (year < 1800 || year > 2099) {
      return false;
    }
    String rest = word.substring(4);
    return rest.isEmpty()
        || rest.equals("s")
        || rest.length() == 3
            && rest.charAt(0) == '-'
            && Character.isDigit(rest.charAt(1))
            && Character.isDigit(rest.charAt(2));
  }
}
