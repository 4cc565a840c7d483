package org.factbench.assist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Signal}s of a document's sentences: names (runs of proper nouns), event verbs and the
 * past tense (from {@link PartsOfSpeech}), quantities in words, and the sentence's context (whether
 * it follows another speaker's question, whether a neighbour gives figures, its speaker's share of
 * the document). Labels name what was found ("name: Veloria", "event: voted"); values are 1, or the
 * share for {@link Signal#SPEAKER_SHARE}.
 */
final class Signals {

  private Signals() {}

  /** Names listed in a label at most. */
  private static final int MAX_NAMES_LISTED = 3;

  /**
   * Verbs of decisions, votes, actions and statements that fact-checkers check when they are
   * reported as done; matched as verbs only (the tagger tells "the vote" from "they vote").
   */
  static final Set<String> EVENT_VERBS =
      Set.of(
          ("vote voted votes voting sign signed signs pass passed passes veto vetoed vetoes ratify"
                  + " ratified reject rejected rejects approve approved approves ban banned bans"
                  + " impose imposed imposes dissolve dissolved eliminate eliminated abolish"
                  + " abolished arrest arrested detain detained kill killed invade invaded attack"
                  + " attacked bomb bombed withdraw withdrew withdrawn threaten threatened threatens"
                  + " warn warned warns summon summoned sanction sanctioned refuse refused refuses"
                  + " announce announced announces launch launched close closed raise raised cut"
                  + " cuts spend spent spends pay paid pays lose lost loses win won wins create"
                  + " created build built release released fire fired fund funded support supported"
                  + " oppose opposed agree agreed declare declared deport deported seize seized"
                  + " freeze froze frozen suspend suspended expel expelled appoint appointed resign"
                  + " resigned elect elected sue sued convict convicted charge charged indict"
                  + " indicted fine fined shut deny denied confirm confirmed admit admitted promise"
                  + " promised ruled rule rules accuse accused blame blamed order ordered sell sold"
                  + " buy bought invest invested borrow borrowed owe owed hire hired shot die died"
                  + " increase increased reduce reduced double doubled triple tripled")
              .split(" "));

  /** Past forms that do not end in "-ed". */
  static final Set<String> IRREGULAR_PAST =
      Set.of(
          ("was were had did said told made took gave went came saw knew thought got left"
                  + " brought bought sold paid lost won spent built sent kept held met ran led"
                  + " began fell rose grew drew wrote withdrew shot stood put set cut shut froze"
                  + " fought taught caught sought struck broke spoke chose drove hit")
              .split(" "));

  private static final Lexicon QUANTITY_WORDS =
      new Lexicon(
          List.of(
              ("half|halves|a third|two thirds|two-thirds|a quarter|three quarters|dozens|"
                      + "hundreds|thousands|millions|billions|trillions|a dozen|majority|minority|"
                      + "unanimously|unanimous|twice|bulk|tenfold|fourfold|threefold|"
                      + "the lowest level|the highest level|a fraction")
                  .split("\\|")));

  /**
   * The labels (null where absent) and values of every sentence's signals, by {@link
   * Signal#ordinal()}; {@code cues} are the sentences' {@link Cues#observe} labels.
   */
  static List<Found> of(List<Sentence> sentences, List<String> speakers, List<String[]> cues) {
    int n = sentences.size();
    Map<String, Integer> spoken = new HashMap<>();
    int inTurns = 0;
    for (int i = 0; i < n; i++) {
      String speaker = speakers.get(i);
      if (speaker != null && !Cues.isAudience(sentences.get(i).text(), speaker)) {
        spoken.merge(speaker, 1, Integer::sum);
        inTurns++;
      }
    }
    boolean transcript = spoken.size() >= 2;
    List<Found> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Found f = sentence(sentences.get(i).text());
      if (i > 0
          && Cues.isQuestion(sentences.get(i - 1).text())
          && !same(speakers.get(i - 1), speakers.get(i))) {
        f.set(Signal.AFTER_QUESTION, "answers a question", 1);
      }
      if (i > 0 && figures(cues.get(i - 1)) || i + 1 < n && figures(cues.get(i + 1))) {
        f.set(Signal.NEAR_FIGURES, "next to figures", 1);
      }
      String speaker = speakers.get(i);
      if (transcript && speaker != null && spoken.containsKey(speaker)) {
        double share = (double) spoken.get(speaker) / inTurns;
        f.set(
            Signal.SPEAKER_SHARE,
            String.format(Locale.ROOT, "speaker's share: %s %.0f%%", speaker, 100 * share),
            share);
      }
      out.add(f);
    }
    return out;
  }

  /** The signals of one sentence on its own: names, events, the past tense, quantities. */
  static Found sentence(String text) {
    Found f = new Found();
    PartsOfSpeech.Tagged t = PartsOfSpeech.tag(text);
    Set<String> names = new LinkedHashSet<>();
    String event = null;
    String past = null;
    for (int i = 0; i < t.size(); i++) {
      if (t.is(i, "PROPN")) {
        int j = i;
        while (j + 1 < t.size() && t.is(j + 1, "PROPN")) {
          j++;
        }
        names.add(String.join(" ", java.util.Arrays.asList(t.tokens()).subList(i, j + 1)));
        i = j;
        continue;
      }
      boolean verb = t.is(i, "VERB");
      if (!verb && !t.is(i, "AUX")) {
        continue;
      }
      String lower = t.tokens()[i].toLowerCase(Locale.ROOT);
      if (verb && event == null && EVENT_VERBS.contains(lower)) {
        event =
            i + 1 < t.size() && t.tokens()[i + 1].equalsIgnoreCase("out")
                ? t.tokens()[i] + " out"
                : t.tokens()[i];
      }
      if (past == null
          && (IRREGULAR_PAST.contains(lower)
              || verb && lower.endsWith("ed") && lower.length() > 3)) {
        past = t.tokens()[i];
      }
    }
    if (!names.isEmpty()) {
      f.set(Signal.NAME, "name: " + names.iterator().next(), 1);
    }
    if (names.size() >= 2) {
      f.set(
          Signal.SEVERAL_NAMES,
          "several names: " + String.join(", ", names.stream().limit(MAX_NAMES_LISTED).toList()),
          1);
    }
    if (event != null) {
      f.set(Signal.EVENT_VERB, "event: " + event, 1);
    }
    if (past != null) {
      f.set(Signal.PAST_TENSE, "past tense: " + past, 1);
    }
    Words w = Words.of(text);
    int[] q = QUANTITY_WORDS.find(w);
    if (q != null) {
      f.set(Signal.QUANTITY_WORDS, "quantity in words: " + w.span(q[0], q[1]), 1);
    }
    return f;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static boolean figures(String[] cues) {
    return cues[Feature.PERCENTAGE.ordinal()] != null
        || cues[Feature.MONEY.ordinal()] != null
        || cues[Feature.FIGURE.ordinal()] != null;
  }

  /** One sentence's signals: a label and a value for each one found. */
  static final class Found {
    final String[] labels = new String[Signal.values().length];
    final double[] values = new double[Signal.values().length];

    void set(Signal s, String label, double value) {
      labels[s.ordinal()] = label;
      values[s.ordinal()] = value;
    }
  }
}
