package org.factbench.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how worth checking a sentence is: a transparent weighted sum of surface cues, squashed
 * into [0, 1] by the logistic function, {@code score = 1 / (1 + e^-(BIAS + sum of weights))}. Each
 * kind of evidence counts once per sentence, however often it occurs, and is named in the reasons.
 * Deterministic: the same sentence always gets the same score and reasons. Cue phrases are matched
 * on whole words (see {@code Lexicon}); when several cues of a kind occur, the first is named.
 *
 * <table>
 *   <caption>Weights (log-odds)</caption>
 *   <tr><th>reason</th><th>weight</th><th>fires on</th></tr>
 *   <tr><td>(bias)</td><td>-1.5</td><td>every sentence</td></tr>
 *   <tr><td>percentage</td><td>+1.8</td><td>"6.3%", "4 per cent"</td></tr>
 *   <tr><td>money</td><td>+1.8</td><td>"$4.2bn", "€250m", "29.8 billion crowns"</td></tr>
 *   <tr><td>figure</td><td>+1.6</td><td>a range, a decimal, a hedged or verbal amount, a count
 *       with a unit, or a number of 100 or more ({@link Quantities})</td></tr>
 *   <tr><td>small number</td><td>+0.6</td><td>a bare number under 100: "No. 5", "41"</td></tr>
 *   <tr><td>date</td><td>+0.6</td><td>a year, a dated month or weekday, "last year"</td></tr>
 *   <tr><td>comparison</td><td>+0.8</td><td>"more than", "higher than", "fell", "doubled",
 *       "below"</td></tr>
 *   <tr><td>superlative</td><td>+0.9</td><td>"largest", "highest", "record",
 *       "unprecedented"</td></tr>
 *   <tr><td>attribution</td><td>+0.8</td><td>"according to", "said", "told reporters", "figures
 *       from"</td></tr>
 *   <tr><td>quoted words</td><td>+0.4</td><td>two or more words in double quotes</td></tr>
 *   <tr><td>institution</td><td>+0.9</td><td>a capitalised name with Ministry, Parliament,
 *       Senate, Commission, Bank, Institute, University, Agency, Council...; or UN, NATO, IMF,
 *       EU...</td></tr>
 *   <tr><td>named</td><td>+0.6</td><td>two or more capitalised words in a row, not counting the
 *       sentence's first word</td></tr>
 *   <tr><td>vote or law</td><td>+1.0</td><td>"voted", "passed the bill", "amendment",
 *       "ratified", "vetoed", "54 votes to 41"</td></tr>
 *   <tr><td>opinion</td><td>-1.6</td><td>"I think", "I believe", "in my view", "should",
 *       "must"</td></tr>
 *   <tr><td>speculation</td><td>-0.9</td><td>"could", "may", "might", "appears", "seems",
 *       "perhaps", "probably", "likely"</td></tr>
 *   <tr><td>question</td><td>-1.5</td><td>a sentence ending with "?"</td></tr>
 *   <tr><td>short</td><td>-1.5</td><td>fewer than 5 words</td></tr>
 *   <tr><td>procedural</td><td>-2.5</td><td>a sentence opening with a greeting or procedure:
 *       "Thank you", "Good evening", "Order", "I give way", "Madam Speaker"</td></tr>
 * </table>
 *
 * <p>The last five lower the score; {@link #lowersScore(String)} tells them apart in a list of
 * reasons. With no evidence a sentence scores 0.18; one figure, percentage or amount of money
 * alone, or two lighter cues (a comparison and an attribution, say), lift it over {@link
 * #THRESHOLD}. Bump {@link #VERSION} whenever a weight or a cue changes, so stored scores can be
 * told apart from new ones.
 */
public final class CheckWorthiness {

  private CheckWorthiness() {}

  /** The version of the cues and weights; bump it when scoring changes. */
  public static final int VERSION = 1;

  /** A sentence scoring above this is suggested for checking (net evidence above +1.5). */
  public static final double THRESHOLD = 0.5;

  static final double BIAS = -1.5;
  static final double PERCENTAGE = 1.8;
  static final double MONEY = 1.8;
  static final double FIGURE = 1.6;
  static final double SMALL_NUMBER = 0.6;
  static final double DATE = 0.6;
  static final double COMPARISON = 0.8;
  static final double SUPERLATIVE = 0.9;
  static final double ATTRIBUTION = 0.8;
  static final double QUOTED = 0.4;
  static final double INSTITUTION = 0.9;
  static final double NAMED = 0.6;
  static final double VOTE_OR_LAW = 1.0;
  static final double OPINION = -1.6;
  static final double SPECULATION = -0.9;
  static final double QUESTION = -1.5;
  static final double SHORT = -1.5;
  static final double PROCEDURAL = -2.5;

  /** Fewer words than this make a sentence "short". */
  static final int SHORT_WORDS = 5;

  /** Figures of each kind listed in the reasons at most. */
  private static final int MAX_FIGURES_LISTED = 3;

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
          join(
              Lexicon.pairs(
                  list("last|this|next|previous|past"),
                  list("year|month|week|spring|summer|autumn|fall|winter|decade|quarter")),
              Lexicon.pairs(
                  Lexicon.pairs(list("in the|over the|for the|during the"), list("past|last")),
                  list("* years|* months|* weeks|* decades")),
              list("yesterday")));

  private static final Lexicon COMPARISON_CUES =
      new Lexicon(
          join(
              list(
                  "more than|less than|fewer than|*er than|compared with|compared to|"
                      + "up from|down from|twice as|times as|times more|times higher|"
                      + "as much as|as many as|rose|risen|rises|fell|fallen|falls|increased|"
                      + "increases|decreased|decreases|declined|declines|grew|grown|dropped|"
                      + "doubled|tripled|trebled|halved|cut|cuts|raised|raises|surged|"
                      + "plunged|soared|jumped"),
              Lexicon.pairs(list("below|above"), list("its|the|their|his|her|our|average|#"))));

  private static final Lexicon SUPERLATIVE_CUES =
      new Lexicon(
          list(
              "largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|"
                  + "deadliest|costliest|worst|best|most|least|record|unprecedented|"
                  + "all-time|first ever|never before|for the first time"));

  private static final Lexicon ATTRIBUTION_CUES =
      new Lexicon(
          join(
              list(
                  "according to|told reporters|told journalists|told parliament|"
                      + "told the press|said|says|stated|states|claimed|claims|announced|"
                      + "reported|reports|confirmed|estimated|estimates|testified|wrote|"
                      + "warned|insisted|admitted|argued|noted|notes|revealed|acknowledged|"
                      + "denied|told"),
              Lexicon.pairs(
                  list("figures|data|statistics|records|report|study|survey|poll|census"),
                  list("from|by|show|shows|showed|published|released"))));

  private static final Lexicon VOTE_OR_LAW_CUES =
      new Lexicon(
          join(
              list(
                  "voted|passed|rejected|approved|ratified|vetoed|repealed|amended|"
                      + "enacted|adopted|signed into law|# votes to #|# vote to #|"
                      + "majority of|bill|amendment|motion|referendum|legislation|treaty|"
                      + "resolution|veto|statute|decree|vote|votes|voting|^ =Act"),
              Lexicon.pairs(
                  Lexicon.pairs(
                      list(
                          "voted|passed|rejected|approved|ratified|vetoed|repealed|amended|"
                              + "enacted|adopted"),
                      list("the|a|an|its|this|that")),
                  list("bill|act|law|amendment|motion|budget|treaty|resolution|legislation"))));

  private static final Lexicon OPINION_CUES =
      new Lexicon(
          join(
              Lexicon.pairs(
                  list("i"),
                  list("think|believe|feel|suspect|guess|suppose|reckon|hope|fear|doubt")),
              Lexicon.pairs(list("we"), list("think|believe|feel|hope")),
              list(
                  "in my view|in my opinion|in our view|in our opinion|i am sure|"
                      + "i am convinced|i am confident|personally|frankly|should|ought to|"
                      + "must")));

  private static final Lexicon SPECULATION_CUES =
      new Lexicon(
          list(
              "could|might|perhaps|probably|possibly|maybe|apparently|appear|"
                  + "appears|appeared|seem|seems|seemed|likely|unlikely|allegedly|"
                  + "reportedly|supposedly|potentially|=may"));

  /** Matched at the first word only. */
  private static final Lexicon PROCEDURAL_CUES =
      new Lexicon(
          list(
              "thank you|thanks|good morning|good afternoon|good evening|"
                  + "good night|hello|welcome|ladies and gentlemen|order order|"
                  + "hear hear|i give way|will the * give way|will the * * give way|"
                  + "i call|the question is|on a point of order|a point of order|"
                  + "madam speaker|mr speaker|madam deputy speaker|mr deputy speaker|"
                  + "madam chair|mr chair|mr chairman|madam president|mr president|"
                  + "i rise|i beg to move|let me"));

  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "Ministry",
          "Department",
          "Office",
          "Parliament",
          "Senate",
          "Congress",
          "Assembly",
          "Commission",
          "Council",
          "Committee",
          "Bank",
          "Institute",
          "University",
          "Agency",
          "Bureau",
          "Court",
          "Tribunal",
          "Treasury",
          "Government",
          "Cabinet",
          "Army",
          "Navy",
          "Police",
          "Fund",
          "Organisation",
          "Organization",
          "Authority",
          "Board",
          "Service",
          "Forces",
          "Staff",
          "Federation",
          "Union",
          "Party",
          "Inspectorate",
          "Ombudsman",
          "Secretariat",
          "Mission");
  private static final Set<String> INSTITUTION_ACRONYMS =
      Set.of(
          "UN", "NATO", "IMF", "EU", "WHO", "OECD", "ECB", "WTO", "ICC", "ICJ", "UNHCR", "UNICEF",
          "OSCE", "IAEA", "IISS", "SIPRI", "ONS", "OBR", "CBO", "GAO", "IPCC", "FBI", "CIA", "NHS",
          "ILO", "FAO", "WFP", "AU", "ASEAN");
  private static final Set<String> INSTITUTION_LINKS = Set.of("of", "for", "on");

  private static final Pattern QUOTED_CUE = Pattern.compile("[\"“]([^\"“”\\n]{3,400})[\"”]");

  private static final Pattern NAME_CUE =
      Pattern.compile(
          "\\b[A-Z][\\p{L}'’\\-]+(?:\\s+(?:(?:of|for|the|and|de|van|von|al|bin)\\s+)?[A-Z][\\p{L}'’\\-]+)+");

  private static final Pattern MONEY_CUE =
      Pattern.compile(
          "(?i)\\b\\d[\\d,.]*\\s*(?:thousand|million|billion|trillion|bn|m|k)?\\s*"
              + "(?:pounds|dollars|euros|crowns|roubles|rubles|hryvnias?|yen|francs|usd|eur|gbp)\\b");

  /** Whether a reason lowers the score (opinion, speculation, question, short, procedural). */
  public static boolean lowersScore(String reason) {
    return reason.startsWith("opinion")
        || reason.startsWith("speculation")
        || reason.equals("question")
        || reason.startsWith("short")
        || reason.startsWith("procedural");
  }

  /** The sentences of {@code text}, best first; equal scores in reading order. */
  public static List<CheckWorthySentence> rank(String text) {
    List<CheckWorthySentence> scored = new ArrayList<>();
    for (Sentence s : Sentences.split(text)) {
      scored.add(score(s));
    }
    scored.sort(
        Comparator.comparingDouble(CheckWorthySentence::score)
            .reversed()
            .thenComparingInt(c -> c.sentence().start()));
    return scored;
  }

  /** The score of one sentence and the evidence behind it. */
  public static CheckWorthySentence score(Sentence sentence) {
    String t = sentence.text();
    Words w = Words.of(t);
    Evidence e = new Evidence();

    List<int[]> dates = dates(w);
    figures(t, dates, e);
    if (!dates.isEmpty()) {
      e.add(DATE, "date: " + t.substring(dates.get(0)[0], dates.get(0)[1]));
    }
    e.first("comparison", COMPARISON, COMPARISON_CUES, w);
    e.first("superlative", SUPERLATIVE, SUPERLATIVE_CUES, w);
    e.first("attribution", ATTRIBUTION, ATTRIBUTION_CUES, w);
    quoted(t, e);
    String institution = institution(w);
    if (institution != null) {
      e.add(INSTITUTION, "institution: " + institution);
    }
    named(t, institution, e);
    e.first("vote or law", VOTE_OR_LAW, VOTE_OR_LAW_CUES, w);

    e.first("opinion", OPINION, OPINION_CUES, w);
    e.first("speculation", SPECULATION, SPECULATION_CUES, w);
    if (isQuestion(t)) {
      e.add(QUESTION, "question");
    }
    if (w.size() < SHORT_WORDS) {
      e.add(SHORT, "short: " + w.size() + (w.size() == 1 ? " word" : " words"));
    }
    int procedural = w.size() == 0 ? -1 : PROCEDURAL_CUES.matchAt(w, 0);
    if (procedural < 0 && w.size() == 1 && w.lower(0).equals("order")) {
      procedural = 1;
    }
    if (procedural > 0) {
      e.add(PROCEDURAL, "procedural: " + w.span(0, procedural));
    }
    double score = 1 / (1 + Math.exp(-(BIAS + e.sum)));
    // rounded so that equal evidence summed in a different order (0.6 + 0.6, 0.8 + 0.4) ties
    return new CheckWorthySentence(sentence, Math.round(score * 1e4) / 1e4, e.reasons);
  }

  /**
   * Percentages, money and other figures, each kind counted once but listed up to three times. The
   * day of a date ("14 March") is not a figure.
   */
  private static void figures(String t, List<int[]> dates, Evidence e) {
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
    e.all("percentage", PERCENTAGE, percentages);
    e.all("money", MONEY, money);
    e.all("figure", FIGURE, figures);
    if (figures.isEmpty() && percentages.isEmpty() && money.isEmpty()) {
      e.all("small number", SMALL_NUMBER, small);
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

  /**
   * Character ranges of the dates, in reading order: a year ("2024", "1990s", "2022-23"), a month
   * with a day or a preposition ("14 March", "May 5", "in October"), a weekday after "on", "last"
   * and the like, and relative periods ("last year", "in the past two years", "yesterday").
   */
  private static List<int[]> dates(Words w) {
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

  private static void quoted(String t, Evidence e) {
    if (t.indexOf('"') < 0 && t.indexOf('“') < 0) {
      return;
    }
    Matcher m = QUOTED_CUE.matcher(t);
    while (m.find()) {
      if (Words.of(m.group(1)).size() >= 2) {
        e.add(QUOTED, "quoted words");
        return;
      }
    }
  }

  /**
   * The first institution: a known acronym ("NATO"), or a known institution word ("Ministry") with
   * the capitalised words before it and an "of"/"for"/"on" name after it ("Ministry of Defence",
   * "Institute for Strategic Studies", "Fiscal Council"). A leading "The" is left out.
   */
  private static String institution(Words w) {
    int n = w.size();
    for (int i = 0; i < n; i++) {
      String word = w.word(i);
      if (INSTITUTION_ACRONYMS.contains(word)) {
        return word;
      }
      if (!INSTITUTION_WORDS.contains(word)) {
        continue;
      }
      int from = i;
      while (from > 0
          && i - from < 3
          && w.followsClosely(from)
          && w.capitalised(from - 1)
          && w.word(from - 1).indexOf('\'') < 0
          && w.word(from - 1).indexOf('’') < 0) {
        from--;
      }
      if (from < i && w.word(from).equals("The")) {
        from++;
      }
      int to = i + 1;
      if (to < n && INSTITUTION_LINKS.contains(w.lower(to)) && w.followsClosely(to)) {
        int k = to + 1;
        if (k < n && w.lower(k).equals("the") && w.followsClosely(k)) {
          k++;
        }
        int m = k;
        while (m < n && m - k < 4 && w.capitalised(m) && w.followsClosely(m)) {
          m++;
        }
        if (m > k) {
          to = m;
        }
      }
      return w.span(from, to);
    }
    return null;
  }

  /** Two or more capitalised words in a row; the sentence's first word is capitalised anyway. */
  private static void named(String t, String institution, Evidence e) {
    Matcher m = NAME_CUE.matcher(t);
    int firstWord = 0;
    while (firstWord < t.length() && !Character.isLetterOrDigit(t.charAt(firstWord))) {
      firstWord++;
    }
    while (m.find()) {
      String name = clean(m.group());
      if (m.start() == firstWord) {
        name = name.substring(name.indexOf(' ') + 1);
        if (name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0))) {
          continue; // one word left, or "of Defence"
        }
      }
      if (institution != null && (institution.contains(name) || name.contains(institution))) {
        continue; // already counted as an institution
      }
      e.add(NAMED, "named: " + name);
      return;
    }
  }

  private static boolean isQuestion(String t) {
    int i = t.length();
    while (i > 0 && "\"'”’)]".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && t.charAt(i - 1) == '?';
  }

  private static String clean(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** "a|b c|d" as ["a", "b c", "d"]: phrases are separated by bars, their words by spaces. */
  private static List<String> list(String phrases) {
    return List.of(phrases.split("\\|"));
  }

  @SafeVarargs
  private static List<String> join(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  /** The running sum and the reasons, in the order the cues were tried. */
  private static final class Evidence {
    double sum;
    final List<String> reasons = new ArrayList<>();

    void add(double weight, String reason) {
      sum += weight;
      reasons.add(reason);
    }

    void first(String kind, double weight, Lexicon cues, Words w) {
      int[] found = cues.find(w);
      if (found != null) {
        add(weight, kind + ": " + w.span(found[0], found[1]));
      }
    }

    void all(String kind, double weight, List<String> found) {
      if (found.isEmpty()) {
        return;
      }
      sum += weight;
      found.stream()
          .distinct()
          .limit(MAX_FIGURES_LISTED)
          .forEach(f -> reasons.add(kind + ": " + clean(f)));
    }
  }
}
