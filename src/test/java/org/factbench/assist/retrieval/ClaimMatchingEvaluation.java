package org.factbench.assist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;
import org.factbench.assist.retrieval.ClaimMatchingData.Query;
import org.factbench.assist.retrieval.ClaimMatchingTraining.Decision;
import org.factbench.assist.retrieval.ClaimMatchingTraining.Quality;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Claim matching on CLEF-2020 CheckThat! Task 2 (English): prints MAP@5, recall@5 and P@1 on the
 * 800 training and 197 development tweets for BM25 alone, each embedding model alone, their
 * reciprocal-rank fusion and the learned hybrid, side by side. Everything that is chosen (BM25
 * analysis, title or not, the hybrid's weights, the "already checked" threshold) is chosen on the
 * training tweets; the development tweets are only reported. Asserts only that the data is there.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test -Dtest=ClaimMatchingEvaluation -Dvaadin.skip}. Vectors
 * are kept in {@code target/claim-matching-vectors} between runs (by model and a hash of the
 * texts); delete the folder to embed everything again. {@code -Dassist.eval.models=name,...} limits
 * the models; {@code -Dassist.eval.write=true} writes the model learned for the shipped embedding
 * model to {@link #SHIPPED}.
 */
@Tag("benchmark")
class ClaimMatchingEvaluation {

  static final int DEPTH = 5;
  static final int RRF_K = 60;
  static final Path SHIPPED =
      Path.of("src/main/resources/org/factbench/assist/retrieval/match-model.properties");

  /** A split's tweets, their gold claims and their cleaned texts. */
  record Split(String name, List<Query> queries, List<Set<Long>> gold, List<String> cleaned) {
    static Split of(String name, List<Query> queries) {
      return new Split(
          name,
          queries,
          queries.stream().map(Query::gold).toList(),
          ClaimMatchingTraining.cleaned(queries));
    }

    Quality quality(List<List<Long>> ranked) {
      return ClaimMatchingTraining.quality(ranked, gold);
    }
  }

  @Test
  void claim_matching_on_train_and_dev() throws Exception {
    assertThat(ClaimMatchingData.available()).as(ClaimMatchingData.missingMessage()).isTrue();
    List<Passage> claims = ClaimMatchingTraining.passages(ClaimMatchingData.verifiedClaims());
    Split train = Split.of("train", ClaimMatchingData.train());
    Split dev = Split.of("dev", ClaimMatchingData.dev());
    System.out.printf(
        "%n[match] %d verified claims, %d training tweets, %d development tweets%n",
        claims.size(), train.queries().size(), dev.queries().size());
    List<String> rows = new ArrayList<>();

    // 1. BM25 alone: the README's baseline first, then each lexical choice; chosen on train MAP@5
    Analysis bestAnalysis = Analysis.STANDARD;
    boolean bestTitle = false;
    double bestMap = -1;
    for (Analysis a : Analysis.values()) {
      for (boolean title : new boolean[] {false, true}) {
        try (LexicalIndex index = LexicalIndex.inMemory(a, title)) {
          index.putAll(claims);
          for (boolean clean : new boolean[] {false, true}) {
            Quality t = train.quality(bm25(index, train, clean));
            Quality d = dev.quality(bm25(index, dev, clean));
            rows.add(row(lexicalName(a, title, clean), t, d));
            if (clean && t.map5() > bestMap) {
              bestMap = t.map5();
              bestAnalysis = a;
              bestTitle = title;
            }
          }
        }
      }
    }
    rows.add(
        String.format(
            "[match] chosen on train for the lexical ranker: %s",
            lexicalName(bestAnalysis, bestTitle, true)));
    rows.forEach(System.out::println);
    rows.clear();

    // 2. each embedding model alone, fused by RRF, and the learned hybrid
    String wanted = System.getProperty("assist.eval.models", "");
    for (EmbeddingModels.Spec spec :
        List.of(
            EmbeddingModels.MINILM_L6_V2_Q,
            EmbeddingModels.MINILM_L6_V2,
            EmbeddingModels.E5_SMALL_V2_Q)) {
      if (!wanted.isEmpty() && !wanted.contains(spec.name())) {
        continue;
      }
      long start = System.nanoTime();
      try (SentenceEmbedder e = EmbeddingModels.load(spec, 2);
          ClaimMatcher matcher =
              new ClaimMatcher(
                  e,
                  LexicalIndex.inMemory(bestAnalysis, bestTitle),
                  new Int8VectorIndex(e.dimensions(), 2),
                  placeholder(e.model()))) {
        List<String> queries = new ArrayList<>(train.cleaned());
        queries.addAll(dev.cleaned());
        float[][] queryVectors = ClaimMatchingTraining.cached(e, "queries", queries, e::embed);
        float[][] trainVectors =
            java.util.Arrays.copyOfRange(queryVectors, 0, train.cleaned().size());
        float[][] devVectors =
            java.util.Arrays.copyOfRange(queryVectors, train.cleaned().size(), queryVectors.length);
        // the passage's vector: of its text, or of text and title; chosen on train MAP@5
        float[][] claimVectors = null;
        double bestDense = -1;
        boolean tryTitle =
            Boolean.parseBoolean(System.getProperty("assist.eval.titles", "true"))
                && (!e.model().equals(EmbeddingModels.E5_SMALL_V2_Q.name())
                    || Boolean.getBoolean("assist.eval.e5title"));
        for (boolean withTitle : tryTitle ? new boolean[] {false, true} : new boolean[] {false}) {
          List<String> texts =
              claims.stream().map(p -> ClaimMatcher.embeddingText(p, withTitle)).toList();
          float[][] vs =
              ClaimMatchingTraining.cached(
                  e, withTitle ? "passages-title" : "passages", texts, e::embedPassages);
          matcher.put(claims, vs);
          Quality t = train.quality(dense(matcher, trainVectors));
          rows.add(
              row(
                  "dense " + e.model() + (withTitle ? " text+title" : " text"),
                  t,
                  dev.quality(dense(matcher, devVectors))));
          if (t.map5() > bestDense) {
            bestDense = t.map5();
            claimVectors = vs;
          }
        }
        matcher.put(claims, claimVectors);
        System.out.printf(
            Locale.ROOT,
            "[match] %s: %d claims (twice) and %d tweets embedded or read in %.0f s%n",
            e.model(),
            claims.size(),
            queries.size(),
            (System.nanoTime() - start) / 1e9);
        rows.add(
            row(
                "RRF(60) BM25 + dense",
                train.quality(rrf(matcher, train, trainVectors)),
                dev.quality(rrf(matcher, dev, devVectors))));

        MatchModel closed = learn(matcher, train, trainVectors, e.model(), false);
        ClaimMatcher closedWorld =
            new ClaimMatcher(e, matcher.lexical(), matcher.vectors(), closed);
        rows.add(
            row(
                "hybrid learned on lookups with gold",
                train.quality(hybrid(closedWorld, train, trainVectors)),
                dev.quality(hybrid(closedWorld, dev, devVectors))));
        rows.add(alreadyChecked(closedWorld, closed, train, trainVectors, dev, devVectors));
        MatchModel model = learn(matcher, train, trainVectors, e.model(), true);
        ClaimMatcher learned = new ClaimMatcher(e, matcher.lexical(), matcher.vectors(), model);
        rows.add(
            row(
                "hybrid learned with and without gold",
                train.quality(hybrid(learned, train, trainVectors)),
                dev.quality(hybrid(learned, dev, devVectors))));
        rows.add(
            row(
                "hybrid, lexical fallback (no vectors)",
                train.quality(hybrid(learned, train, new float[train.cleaned().size()][])),
                dev.quality(hybrid(learned, dev, new float[dev.cleaned().size()][]))));
        rows.add(alreadyChecked(learned, model, train, trainVectors, dev, devVectors));
        rows.add(
            "[match] weights "
                + java.util.Arrays.toString(
                    java.util.Arrays.stream(model.weights())
                        .map(w -> Math.round(w * 100) / 100.0)
                        .toArray()));
        Path learnedFile =
            Path.of(
                "target/match-model-"
                    + e.model().replaceAll("[^a-zA-Z0-9.-]", "_")
                    + ".properties");
        Files.writeString(learnedFile, model.format(), StandardCharsets.UTF_8);
        rows.add("[match] learned model written to " + learnedFile);
        if (e.model().equals(ClaimMatcher.EMBEDDING_MODEL.name())
            && Boolean.getBoolean("assist.eval.write")) {
          Files.writeString(SHIPPED, model.format(), StandardCharsets.UTF_8);
          rows.add("[match] wrote " + SHIPPED);
        }
        rows.forEach(System.out::println);
        rows.clear();
      }
    }
  }

  static String lexicalName(Analysis a, boolean title, boolean clean) {
    return String.format(
        "BM25 %s%s, %s",
        a.name().toLowerCase(Locale.ROOT),
        title ? " +title" : "",
        clean ? "cleaned tweet" : "raw tweet");
  }

  static MatchModel placeholder(String model) {
    double[] w = new double[MatchModel.FEATURES.length + 1];
    return new MatchModel(model, w, 1, w, 1);
  }

  /**
   * Learns the hybrid's weights and "already checked" thresholds on the training tweets: every
   * candidate of each tweet is an example, positive when it is a gold claim.
   */
  static MatchModel learn(
      ClaimMatcher m, Split train, float[][] vectors, String model, boolean openWorld) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    List<double[]> lx = new ArrayList<>();
    List<Boolean> ly = new ArrayList<>();
    for (int i = 0; i < train.cleaned().size(); i++) {
      String q = train.cleaned().get(i);
      Set<Long> gold = train.gold().get(i);
      for (Set<Long> hidden : openWorld ? List.of(Set.<Long>of(), gold) : List.of(Set.<Long>of())) {
        for (ClaimMatcher.Candidate c : m.candidates(q, vectors[i], hidden)) {
          x.add(c.features);
          y.add(gold.contains(c.id));
        }
        for (ClaimMatcher.Candidate c : m.candidates(q, null, hidden)) {
          lx.add(c.features);
          ly.add(gold.contains(c.id));
        }
      }
    }
    double[] w = ClaimMatchingTraining.logistic(x, y, Set.of());
    Set<Integer> vectorFeatures = new java.util.HashSet<>();
    for (int f : MatchModel.VECTOR_FEATURES) {
      vectorFeatures.add(f);
    }
    double[] lw = ClaimMatchingTraining.logistic(lx, ly, vectorFeatures);
    MatchModel unthresholded = new MatchModel(model, w, 1, lw, 1);
    ClaimMatcher scored = new ClaimMatcher(null, m.lexical(), m.vectors(), unthresholded);
    double t = ClaimMatchingTraining.threshold(decisions(scored, train, vectors, false));
    double lt =
        ClaimMatchingTraining.threshold(
            decisions(scored, train, new float[vectors.length][], false));
    return new MatchModel(model, w, t, lw, lt);
  }

  /**
   * Each tweet's best match: as it is, and again with its gold claims hidden (where any "already
   * checked" is wrong), so the threshold also faces texts whose claim was never checked.
   */
  static List<Decision> decisions(ClaimMatcher m, Split s, float[][] vectors, boolean both) {
    List<Decision> out = new ArrayList<>();
    for (int i = 0; i < s.cleaned().size(); i++) {
      List<Match> hits = m.match(s.cleaned().get(i), vectors[i], 1, Set.of()).hits();
      if (!hits.isEmpty()) {
        out.add(new Decision(hits.get(0).score(), s.gold().get(i).contains(hits.get(0).id())));
      }
      if (both) {
        List<Match> hidden = m.match(s.cleaned().get(i), vectors[i], 1, s.gold().get(i)).hits();
        if (!hidden.isEmpty()) {
          out.add(new Decision(hidden.get(0).score(), false));
        }
      }
    }
    return out;
  }

  /**
   * Precision and recall of "already checked" at the model's threshold: over the lookups as they
   * are (every tweet has a gold claim: the threshold was chosen on these, on train), and over those
   * plus the same lookups with their gold claims hidden (a tweet whose claim was never checked; any
   * "already checked" there is wrong, though it may be a duplicate verified claim).
   */
  static String alreadyChecked(
      ClaimMatcher m, MatchModel model, Split train, float[][] tv, Split dev, float[][] dv) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "[match] \"already checked\" at score >= %.3f (chosen on train for precision >= %.2f"
                + " on the lookups with gold):%n",
            model.alreadyChecked(),
            ClaimMatchingTraining.PRECISION));
    for (Split s : List.of(train, dev)) {
      float[][] v = s == train ? tv : dv;
      // decisions(.., true) alternates: as it is, then with the gold hidden
      List<Decision> all = decisions(m, s, v, true);
      List<Decision> withGold =
          IntStream.range(0, all.size()).filter(i -> i % 2 == 0).mapToObj(all::get).toList();
      List<Decision> goldHidden =
          IntStream.range(0, all.size()).filter(i -> i % 2 == 1).mapToObj(all::get).toList();
      for (double t : new double[] {model.alreadyChecked(), 0.5, 0.7, 0.8, 0.9, 0.95}) {
        double[] closed = ClaimMatchingTraining.precisionRecall(withGold, List.of(), t);
        double[] open = ClaimMatchingTraining.precisionRecall(withGold, goldHidden, t);
        b.append(
            String.format(
                Locale.ROOT,
                "[match]   %-5s at %.3f: with gold precision %.3f recall %.3f (%d of %d shown);"
                    + " adding gold-hidden lookups precision %.3f (%d of %d shown)%n",
                s.name(),
                t,
                closed[0],
                closed[1],
                (int) closed[2],
                withGold.size(),
                open[0],
                (int) open[2],
                withGold.size() + goldHidden.size()));
      }
    }
    return b.toString().stripTrailing();
  }

  static List<List<Long>> bm25(LexicalIndex index, Split s, boolean clean) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < s.queries().size(); i++) {
      String text = clean ? s.cleaned().get(i) : s.queries().get(i).text();
      out.add(index.search(text, DEPTH).stream().map(ScoredId::id).toList());
    }
    return out;
  }

  static List<List<Long>> dense(ClaimMatcher m, float[][] vectors) {
    List<List<Long>> out = new ArrayList<>();
    for (float[] v : vectors) {
      out.add(m.vectors().nearest(v, DEPTH).stream().map(ScoredId::id).toList());
    }
    return out;
  }

  static List<List<Long>> rrf(ClaimMatcher m, Split s, float[][] vectors) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < vectors.length; i++) {
      Map<Long, Double> fused = new HashMap<>();
      List<ScoredId> a = m.lexical().search(s.cleaned().get(i), 100);
      List<ScoredId> b = m.vectors().nearest(vectors[i], 100);
      for (List<ScoredId> list : List.of(a, b)) {
        for (int r = 0; r < list.size(); r++) {
          fused.merge(list.get(r).id(), 1.0 / (RRF_K + r + 1), Double::sum);
        }
      }
      out.add(
          fused.entrySet().stream()
              .sorted(
                  Map.Entry.<Long, Double>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(DEPTH)
              .map(Map.Entry::getKey)
              .toList());
    }
    return out;
  }

  static List<List<Long>> hybrid(ClaimMatcher m, Split s, float[][] vectors) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < vectors.length; i++) {
      out.add(
          m.match(s.cleaned().get(i), vectors[i], DEPTH).hits().stream().map(Match::id).toList());
    }
    return out;
  }

  static String row(String name, Quality train, Quality dev) {
    return String.format(
        Locale.ROOT,
        "[match] %-48s train MAP@5 %.3f R@5 %.3f P@1 %.3f | dev MAP@5 %.3f R@5 %.3f P@1 %.3f",
        name,
        train.map5(),
        train.recall5(),
        train.p1(),
        dev.map5(),
        dev.recall5(),
        dev.p1());
  }
}
