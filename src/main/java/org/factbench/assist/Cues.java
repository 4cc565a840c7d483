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

  /** Refuses {@code what} (weights, a model) trained on another feature set than the code's. */
  static void requireFeatureSet(String what, int featureSet) {
    if (featureSet != FEATURE_SET_VERSION) {
      throw new IllegalStateException(
          what
              + " trained on feature set "
              + featureSet
              + ", the code defines "
              + FEATURE_SET_VERSION
              + ": retrain");
    }
  }

  /** Fewer words than this make a sentence "short". */
  static final int SHORT_WORDS = 5;

  /** This many words or more make a sentence "long". */
  static final int LONG_WORDS = 20;

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

  private static final Pattern QUOTED_CUE = Pattern.compile("[\"“]([^\"“”\\n]{3,400})[\"”]");

  private static final Lexicon FUTURE_CUES =
      new Lexicon(list("will|won't|'ll|going to|gonna|shall|would"));

  /**
   * The labels of the features the sentence shows, indexed by {@link Feature#ordinal()}; null where
   * a feature is absent.
   */
  static String[] observe(Sentence sentence, Context context) {
    String t = sentence.text();
    Words w = Words.of(t);
    CueEvidence e = new CueEvidence();

    List<int[]> dates = DateCues.dates(w);
    FigureCues.figures(t, dates, e);
    if (!dates.isEmpty()) {
      e.add(Feature.DATE, "date: " + t.substring(dates.get(0)[0], dates.get(0)[1]));
    }
    e.first(Feature.COMPARISON, COMPARISON_CUES, w);
    e.first(Feature.SUPERLATIVE, SUPERLATIVE_CUES, w);
    e.first(Feature.ATTRIBUTION, ATTRIBUTION_CUES, w);
    quoted(t, e);
    String institution = NameCues.institution(w);
    if (institution != null) {
      e.add(Feature.INSTITUTION, "institution: " + institution);
    }
    NameCues.named(t, institution, e);
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

  private static void quoted(String t, CueEvidence e) {
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

  static boolean isQuestion(String t) {
    int i = t.length();
    while (i > 0 && "\"'”’)]".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && t.charAt(i - 1) == '?';
  }

  /** "a|b c|d" as ["a", "b c", "d"]: phrases are separated by bars, their words by spaces. */
  static List<String> list(String phrases) {
    return List.of(phrases.split("\\|"));
  }

  @SafeVarargs
  static List<String> join(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
