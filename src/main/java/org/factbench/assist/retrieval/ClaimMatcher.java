package org.factbench.assist.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * Finds the passages (claims, verified claims) that a text repeats: BM25 and nearest vectors each
 * propose candidates, and a small learned model ({@link MatchModel}) scores each candidate from its
 * cosine, BM25, word coverage and shared figures. Every hit says why it was found.
 *
 * <p>Passages without a vector yet (pending embedding) are still found by BM25; when the text
 * cannot be embedded the lookup is lexical only and says so.
 */
public final class ClaimMatcher implements AutoCloseable {

  /** Candidates each ranker proposes. */
  public static final int CANDIDATES = 30;

  /** The embedding model the shipped {@link MatchModel} was learned for (decision record 0012). */
  public static final EmbeddingModels.Spec EMBEDDING_MODEL = EmbeddingModels.MINILM_L6_V2;

  /** How BM25 analyses text: chosen on the training tweets (decision record 0012). */
  public static final Analysis ANALYSIS = Analysis.ENGLISH;

  /** Whether BM25 also searches a passage's title: chosen on the training tweets. */
  public static final boolean WITH_TITLE = true;

  /** Whether a passage's vector is of its text and title (else its text): chosen on train. */
  public static final boolean EMBED_TITLE = false;

  /** Key words shown in an explanation. */
  static final int SHOWN_WORDS = 4;

  private final SentenceEmbedder embedder;
  private final LexicalIndex lexical;
  private final VectorIndex vectors;
  private final MatchModel model;

  /**
   * @param embedder embeds texts, or null for lexical lookups only
   * @param lexical holds every passage
   * @param vectors holds the vectors of the passages embedded so far, by the same model as {@code
   *     embedder}
   * @param model learned for that embedding model
   */
  public ClaimMatcher(
      SentenceEmbedder embedder, LexicalIndex lexical, VectorIndex vectors, MatchModel model) {
    this.embedder = embedder;
    this.lexical = lexical;
    this.vectors = vectors;
    this.model = model;
  }

  /**
   * A matcher held in memory with the chosen BM25 analysis and an {@link Int8VectorIndex} scanned
   * by {@code threads} threads.
   */
  public static ClaimMatcher inMemory(SentenceEmbedder embedder, MatchModel model, int threads) {
    return new ClaimMatcher(
        embedder,
        LexicalIndex.inMemory(ANALYSIS, WITH_TITLE),
        new Int8VectorIndex(embedder.dimensions(), threads),
        model);
  }

  /** The embedding model's name and version (stored with each vector), or "" when there is none. */
  public String embeddingModel() {
    return embedder == null ? "" : embedder.model();
  }

  public LexicalIndex lexical() {
    return lexical;
  }

  public VectorIndex vectors() {
    return vectors;
  }

  /**
   * The vectors of these passages, as {@link #put} stores them: each passage's {@link
   * #embeddingText}, embedded as a passage.
   */
  public float[][] embed(List<Passage> passages) {
    if (embedder == null) {
      throw new IllegalStateException("This matcher has no embedding model");
    }
    return embedder.embedPassages(
        passages.stream().map(p -> embeddingText(p, EMBED_TITLE)).toList());
  }

  /** What is embedded for a passage: its text, then its title when {@code withTitle}. */
  public static String embeddingText(Passage p, boolean withTitle) {
    return withTitle && !p.title().isEmpty() ? p.text() + "\n" + p.title() : p.text();
  }

  /** Embeds and stores the passages (replacing those with the same ids). */
  public void add(List<Passage> passages) {
    float[][] v = embed(passages);
    put(passages, v);
  }

  /**
   * Stores the passages and their vectors (computed earlier by {@link #embed}); a null vector
   * leaves the passage to BM25 until its vector is put.
   */
  public void put(List<Passage> passages, float[][] vectors) {
    lexical.putAll(passages);
    List<Long> ids = new ArrayList<>();
    List<float[]> vs = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      if (vectors != null && vectors[i] != null) {
        ids.add(passages.get(i).id());
        vs.add(vectors[i]);
      } else {
        this.vectors.delete(passages.get(i).id());
      }
    }
    this.vectors.putAll(
        ids.stream().mapToLong(Long::longValue).toArray(), vs.toArray(new float[0][]));
  }

  /** Removes the passage. */
  public void delete(long id) {
    lexical.delete(id);
    vectors.delete(id);
  }

  /** The {@code k} passages most likely repeated by {@code text}, best first. */
  public Matches match(String text, int k) {
    String q = QueryText.clean(text);
    float[] qv = null;
    if (embedder != null && !q.isEmpty()) {
      try {
        qv = embedder.embed(q);
      } catch (RuntimeException e) {
        qv = null; // the model failed: answer with BM25 alone rather than not at all
      }
    }
    return match(q, qv, k);
  }

  /**
   * As {@link #match(String, int)}, for a text already cleaned and embedded ({@code vector} null:
   * lexical only).
   */
  public Matches match(String cleaned, float[] vector, int k) {
    return match(cleaned, vector, k, Set.of());
  }

  /** As {@link #match(String, float[], int)}, never answering one of {@code excluded}. */
  public Matches match(String cleaned, float[] vector, int k, Set<Long> excluded) {
    List<Candidate> candidates = candidates(cleaned, vector, excluded);
    boolean lexicalOnly = vector == null;
    for (Candidate c : candidates) {
      c.score = model.score(c.features, lexicalOnly || Double.isNaN(c.cosine));
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingLong(c -> c.id));
    List<Match> hits = new ArrayList<>();
    for (Candidate c : candidates.subList(0, Math.min(k, candidates.size()))) {
      hits.add(explain(cleaned, c, lexicalOnly));
    }
    return new Matches(hits, lexicalOnly, cleaned);
  }

  /** Each candidate of both rankers but {@code excluded}, with its features, unscored. */
  List<Candidate> candidates(String q, float[] qv, Set<Long> excluded) {
    List<ScoredId> byWords = without(lexical.search(q, CANDIDATES + excluded.size()), excluded);
    List<ScoredId> byMeaning =
        qv == null
            ? List.of()
            : without(vectors.nearest(qv, CANDIDATES + excluded.size()), excluded);
    Map<Long, Candidate> all = new HashMap<>();
    Set<Long> order = new LinkedHashSet<>();
    for (int r = 0; r < byWords.size(); r++) {
      Candidate c = all.computeIfAbsent(byWords.get(r).id(), Candidate::new);
      c.bm25 = byWords.get(r).score();
      c.bm25Rank = r;
      order.add(c.id);
    }
    for (int r = 0; r < byMeaning.size(); r++) {
      Candidate c = all.computeIfAbsent(byMeaning.get(r).id(), Candidate::new);
      c.cosine = byMeaning.get(r).score();
      c.denseRank = r;
      order.add(c.id);
    }
    List<Long> noBm25 = order.stream().filter(id -> all.get(id).bm25Rank < 0).toList();
    lexical.scores(q, noBm25).forEach((id, s) -> all.get(id).bm25 = s);
    if (qv != null) {
      List<Long> noCosine = order.stream().filter(id -> all.get(id).denseRank < 0).toList();
      vectors.similarities(qv, noCosine).forEach((id, s) -> all.get(id).cosine = s);
    }
    Map<Long, Passage> passages = lexical.get(order);
    Map<String, String> queryTerms = lexical.terms(q);
    List<Figures.Figure> queryFigures = Figures.find(q);
    double bestBm25 = 0;
    double bestCosine = Double.NEGATIVE_INFINITY;
    for (Candidate c : all.values()) {
      bestBm25 = Math.max(bestBm25, c.bm25);
      if (!Double.isNaN(c.cosine)) {
        bestCosine = Math.max(bestCosine, c.cosine);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (long id : order) {
      Candidate c = all.get(id);
      Passage p = passages.get(id);
      if (p == null) {
        continue; // deleted meanwhile
      }
      c.passage = p;
      Map<String, String> terms = lexical.terms(p.text());
      long shared = terms.keySet().stream().filter(queryTerms::containsKey).count();
      c.sameFigure = Figures.same(queryFigures, Figures.find(p.text()));
      double cos = Double.isNaN(c.cosine) ? 0 : c.cosine;
      c.features =
          new double[] {
            cos,
            Double.isNaN(c.cosine) ? 0 : c.cosine - bestCosine,
            bestBm25 > 0 ? c.bm25 / bestBm25 : 0,
            Math.log1p(c.bm25),
            c.denseRank < 0 ? 0 : 10.0 / (10 + c.denseRank),
            c.bm25Rank < 0 ? 0 : 10.0 / (10 + c.bm25Rank),
            terms.isEmpty() ? 0 : (double) shared / terms.size(),
            c.sameFigure.isPresent() ? 1 : 0
          };
      out.add(c);
    }
    return out;
  }

  private static List<ScoredId> without(List<ScoredId> hits, Set<Long> excluded) {
    List<ScoredId> out =
        excluded.isEmpty() ? hits : hits.stream().filter(h -> !excluded.contains(h.id())).toList();
    return out.subList(0, Math.min(CANDIDATES, out.size()));
  }

  private Match explain(String q, Candidate c, boolean lexicalOnly) {
    List<String> words = lexical.sharedWords(q, c.passage, SHOWN_WORDS);
    List<String> why = new ArrayList<>();
    if (!Double.isNaN(c.cosine)) {
      why.add(
          String.format(
              Locale.ROOT, "meaning %d%% alike", Math.round(Math.max(0, c.cosine) * 100)));
    }
    if (!words.isEmpty()) {
      why.add("shares key words: " + String.join(", ", words));
    }
    c.sameFigure.ifPresent(f -> why.add("same figure: " + f));
    boolean checked =
        c.score
            >= (lexicalOnly || Double.isNaN(c.cosine)
                ? model.lexicalAlreadyChecked()
                : model.alreadyChecked());
    return new Match(
        c.id, c.score, checked, c.cosine, c.bm25, words, c.sameFigure, List.copyOf(why));
  }

  /** One candidate while it is scored. */
  static final class Candidate {
    final long id;
    double bm25;
    double cosine = Double.NaN;
    int bm25Rank = -1;
    int denseRank = -1;
    Passage passage;
    Optional<String> sameFigure = Optional.empty();
    double[] features;
    double score;

    Candidate(long id) {
      this.id = id;
    }
  }

  @Override
  public void close() {
    lexical.close();
    vectors.close();
  }
}
