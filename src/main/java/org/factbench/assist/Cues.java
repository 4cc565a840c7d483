package org.factbench.assist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transparent features of check-worthiness: surface cues of one sentence (figures, dates,
 * comparisons, attributions, opinions...) and where it stands in a transcript (speaker, turn). Each
 * kind of evidence counts once per sentence, however often it occurs; its label names what was
 * found ("percentage: 6.3%", "opinion: I think"). Cue phrases are matched on whole words (see
 * {@code Lexicon}); when several cues of a kind occur, the first is named. Bump {@link
 * #FEATURE_SET_VERSION} when a cue changes, and retrain.
 */
final class Cues {

  private Cues() {}

  /** The version of the feature definitions; the weights file names the one it was trained on. */
  static final int FEATURE_SET_VERSION = 1;

  /** Fewer words than this make a sentence "short". */
  static final int SHORT_WORDS = 5;

  /** This many words or more make a sentence "long". */
  static final int LONG_WORDS = 20;

  /** Figures of each kind listed in a label at most. */
  private static final int MAX_FIGURES_LISTED = 3;

  /** A transcript's questioners ask at least this many questions... */
  static final int QUESTIONER_MIN_QUESTIONS = 2;

  /** ...and at least this share of their sentences are questions. */
  static final double QUESTIONER_MIN_SHARE = 0.15;

  /**
   * Where a sentence stands in a transcript: its speaker (null outside transcripts), whether that
   * speaker is one of the document's questioners (moderators, reporters), and whether it opens the
   * speaker's turn.
   */
  record Context(String speaker, boolean questioner, boolean firstInTurn) {
    static final Context NONE = new Context(null, false, false);
  }

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

  private static final Lexicon FUTURE_CUES =
      new Lexicon(list("will|won't|'ll|going to|gonna|shall|would"));

  /**
   * The labels of the features the sentence shows, indexed by {@link Feature#ordinal()}; null where
   * a feature is absent.
   */
  static String[] observe(Sentence sentence, Context context) {
    String t = sentence.text();
    Words w = Words.of(t);
    Evidence e = new Evidence();

    List<int[]> dates = dates(w);
    figures(t, dates, e);
    if (!dates.isEmpty()) {
      e.add(Feature.DATE, "date: " + t.substring(dates.get(0)[0], dates.get(0)[1]));
    }
    e.first(Feature.COMPARISON, COMPARISON_CUES, w);
    e.first(Feature.SUPERLATIVE, SUPERLATIVE_CUES, w);
    e.first(Feature.ATTRIBUTION, ATTRIBUTION_CUES, w);
    quoted(t, e);
    String institution = institution(w);
    if (institution != null) {
      e.add(Feature.INSTITUTION, "institution: " + institution);
    }
    named(t, institution, e);
    e.first(Feature.VOTE_OR_LAW, VOTE_OR_LAW_CUES, w);

    e.first(Feature.OPINION, OPINION_CUES, w);
    e.first(Feature.SPECULATION, SPECULATION_CUES, w);
    e.first(Feature.FUTURE, FUTURE_CUES, w);
    if (isQuestion(t)) {
      e.add(Feature.QUESTION, "question");
    }
    if (w.size() < SHORT_WORDS) {
      e.add(Feature.SHORT, "short: " + w.size() + (w.size() == 1 ? " word" : " words"));
    } else if (w.size() >= LONG_WORDS) {
      e.add(Feature.LONG, "long: " + w.size() + " words");
    }
    int procedural = w.size() == 0 ? -1 : PROCEDURAL_CUES.matchAt(w, 0);
    if (procedural < 0 && w.size() == 1 && w.lower(0).equals("order")) {
      procedural = 1;
    }
    if (procedural > 0) {
      e.add(Feature.PROCEDURAL, "procedural: " + w.span(0, procedural));
    }
    if (isAudience(t, context.speaker())) {
      e.add(Feature.AUDIENCE, "audience reaction");
    }
    if (context.questioner()) {
      e.add(Feature.QUESTIONER, "questioner's turn: " + context.speaker());
    }
    if (context.firstInTurn()) {
      e.add(Feature.FIRST_IN_TURN, "first sentence of a turn");
    }
    return e.labels;
  }

  /**
   * The speakers of a transcript who ask questions for a living: at least {@link
   * #QUESTIONER_MIN_QUESTIONS} questions, making up at least {@link #QUESTIONER_MIN_SHARE} of their
   * sentences, in a transcript with two speakers or more.
   */
  static Set<String> questioners(List<String> speakers, List<Sentence> sentences) {
    Map<String, int[]> counts = new HashMap<>(); // sentences, questions
    for (int i = 0; i < sentences.size(); i++) {
      String speaker = speakers.get(i);
      if (speaker == null || isAudience(sentences.get(i).text(), speaker)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(speaker, k -> new int[2]);
      c[0]++;
      if (isQuestion(sentences.get(i).text())) {
        c[1]++;
      }
    }
    Set<String> found = new HashSet<>();
    if (counts.size() < 2) {
      return found;
    }
    counts.forEach(
        (speaker, c) -> {
          if (c[1] >= QUESTIONER_MIN_QUESTIONS && c[1] >= QUESTIONER_MIN_SHARE * c[0]) {
            found.add(speaker);
          }
        });
    return found;
  }

  /**
   * Contexts for sentences with the given speakers (null outside a transcript): a sentence opens a
   * turn when its speaker differs from the previous sentence's.
   */
  static List<Context> contexts(List<String> speakers, List<Sentence> sentences) {
    Set<String> questioners = questioners(speakers, sentences);
    List<Context> out = new ArrayList<>(sentences.size());
    String previous = null;
    for (String speaker : speakers) {
      if (speaker == null) {
        out.add(Context.NONE);
      } else {
        out.add(new Context(speaker, questioners.contains(speaker), !speaker.equals(previous)));
      }
      previous = speaker;
    }
    return out;
  }

  /** Applause, laughter and the like: a stage direction in brackets, or the audience speaking. */
  static boolean isAudience(String text, String speaker) {
    if (speaker != null) {
      String s = speaker.toUpperCase(Locale.ROOT);
      if (s.equals("SYSTEM") || s.startsWith("AUDIENCE") || s.equals("CROWD")) {
        return true;
      }
    }
    String t = text.strip();
    return t.length() >= 3
        && (t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')'
            || t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']');
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
        e.add(Feature.QUOTED, "quoted words");
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
      e.add(Feature.NAMED, "named: " + name);
      return;
    }
  }

  static boolean isQuestion(String t) {
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

  /** The label of each feature found, by ordinal; the first label of a kind wins. */
  private static final class Evidence {
    final String[] labels = new String[Feature.values().length];

    void add(Feature feature, String label) {
      if (labels[feature.ordinal()] == null) {
        labels[feature.ordinal()] = label;
      }
    }

    void first(Feature feature, Lexicon cues, Words w) {
      int[] found = cues.find(w);
      if (found != null) {
        add(feature, feature.label() + ": " + w.span(found[0], found[1]));
      }
    }

    void all(Feature feature, List<String> found) {
      if (found.isEmpty()) {
        return;
      }
      add(
          feature,
          feature.label()
              + ": "
              + String.join(
                  ", ",
                  found.stream().map(Cues::clean).distinct().limit(MAX_FIGURES_LISTED).toList()));
    }
  }
}
