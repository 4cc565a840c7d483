package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * Scores how worth checking a sentence is (version 3): a calibrated linear model learned from what
 * professional fact-checkers chose to check in political debates (see docs/check-worthiness.md),
 * over named cues (a figure, a date, an attribution, an opinion, a question, a questioner's
 * turn...), named signals (names, event verbs, the past tense, quantities in words, the sentence's
 * context), the sentence's meaning (its vector from the sentence embedder that also serves claim
 * matching, and its neighbours') and its words. The score is a probability; it is the logistic
 * function of the sum of the sentence's contributions, and the learned part is explained by the
 * nearest labelled example ("reads like sentences fact-checkers chose: «...»").
 *
 * <p>The model ships in {@value #MODEL_RESOURCE} and the examples in {@value #EXAMPLES_RESOURCE},
 * loaded once on first use. Scoring embeds every sentence, which dominates its cost (hundreds of
 * sentences a second): score long documents in the background with {@link #rank(String,
 * SentenceEmbedder, ScoringProgress)}. Deterministic: the same text gets the same scores and
 * reasons.
 */
public final class CheckWorthiness {

  private CheckWorthiness() {}

  /** The version of the features and model; bump it when scoring changes. */
  public static final int VERSION = 3;

  /**
   * A sentence scoring above this probability is suggested for checking: the threshold with the
   * best F1 over the out-of-fold scores of the fact-checkers' training debates; see
   * docs/decisions/0013-check-worthiness-v3.md.
   */
  public static final double THRESHOLD = 0.06;

  /** The calibrated model on the classpath. */
  public static final String MODEL_RESOURCE = "assist/checkworthiness-model.txt";

  /** The labelled example sentences with their vectors, for explanations. */
  public static final String EXAMPLES_RESOURCE = "assist/checkworthiness-examples.tsv";

  private static final class Loaded {
    static final CheckWorthinessModel MODEL = model();
    static final LabelledExamples EXAMPLES = LabelledExamples.load(EXAMPLES_RESOURCE);

    private static CheckWorthinessModel model() {
      CheckWorthinessModel m = CheckWorthinessModel.load(MODEL_RESOURCE);
      if (m.modelVersion != VERSION) {
        throw new IllegalStateException(
            MODEL_RESOURCE + " holds model version " + m.modelVersion + ", expected " + VERSION);
      }
      return m;
    }
  }

  private static final class DefaultEmbedder {
    static final SentenceEmbedder INSTANCE =
        EmbeddingModels.load(
            EmbeddingModels.MINILM_L6_V2_Q, Runtime.getRuntime().availableProcessors());
  }

  static CheckWorthinessModel model() {
    return Loaded.MODEL;
  }

  static LabelledExamples examples() {
    return Loaded.EXAMPLES;
  }

  /**
   * The sentence embedder scoring uses unless given another: the model the check-worthiness model
   * was trained with, loaded on first use with one thread per processor.
   */
  public static SentenceEmbedder defaultEmbedder() {
    return DefaultEmbedder.INSTANCE;
  }

  /**
   * The sentences of {@code text}, best first, equal scores in reading order; in a transcript each
   * knows its speaker ({@link Turns}). Embeds every sentence with the default embedder: slow for
   * long documents.
   */
  public static List<CheckWorthySentence> rank(String text) {
    return rank(text, defaultEmbedder(), ScoringProgress.NONE);
  }

  /**
   * The sentences of {@code text}, best first, equal scores in reading order, embedded with {@code
   * embedder} (it must be the model named in the model file); {@code progress} hears after each
   * chunk of sentences.
   */
  public static List<CheckWorthySentence> rank(
      String text, SentenceEmbedder embedder, ScoringProgress progress) {
    List<Sentence> sentences = Sentences.split(text);
    List<String> speakers = Turns.speakers(text, sentences);
    List<CheckWorthySentence> scored = score(sentences, speakers, embedder, progress);
    List<CheckWorthySentence> ranked = new ArrayList<>(scored);
    ranked.sort(CheckWorthySentence.BEST_FIRST);
    return ranked;
  }

  /**
   * The scores of a document's {@code sentences} in reading order, with their {@code speakers}
   * (null outside transcripts), embedded with {@code embedder}; {@code progress} hears after each
   * chunk of sentences.
   */
  public static List<CheckWorthySentence> score(
      List<Sentence> sentences,
      List<String> speakers,
      SentenceEmbedder embedder,
      ScoringProgress progress) {
    CheckWorthinessModel model = Loaded.MODEL;
    if (!embedder.model().equals(model.embeddingModel)) {
      throw new IllegalArgumentException(
          "the model was trained on vectors of "
              + model.embeddingModel
              + ", not "
              + embedder.model());
    }
    List<String> texts = sentences.stream().map(Sentence::text).toList();
    float[][] vectors = SentenceVectors.of(embedder, texts, progress);
    List<Observation> observations = Observations.of(sentences, speakers, vectors, model.buckets);
    List<CheckWorthySentence> out = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      out.add(model.score(o, Loaded.EXAMPLES));
    }
    return out;
  }

  /** The score of one sentence on its own, outside any document. */
  public static CheckWorthySentence score(Sentence sentence) {
    return score(
            List.of(sentence),
            java.util.Collections.singletonList(null),
            defaultEmbedder(),
            ScoringProgress.NONE)
        .get(0);
  }

  /** Whether a reason lowers the score: its value is negative ("question −1.5"). */
  public static boolean lowersScore(String reason) {
    int space = reason.lastIndexOf(' ');
    return space >= 0 && space + 1 < reason.length() && reason.charAt(space + 1) == '\u2212';
  }
}
