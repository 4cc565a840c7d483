package org.factbench.assist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;
import org.factbench.assist.retrieval.ClaimMatchingData.Query;
import org.factbench.assist.retrieval.ClaimMatchingTraining.Quality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality floor of claim matching on the CLEF-2020 development tweets, with the shipped model
 * and weights: the 10,375 verified claims are embedded and indexed once, then each of the 197
 * development tweets is looked up. Deterministic (the model is in a jar; same inputs, same batches,
 * same vectors) and offline.
 *
 * <p>Needs ../shared/data (see {@link ClaimMatchingData}); fails when it is missing, unless {@code
 * -Dassist.claimmatching.absent=true} says so.
 */
class ClaimMatchingQualityTest {

  static List<Passage> claims;
  static List<Query> dev;
  static SentenceEmbedder embedder;
  static ClaimMatcher matcher;
  static float[][] devVectors;
  static List<String> devTexts;

  @BeforeAll
  static void indexTheVerifiedClaims() {
    assumeThat(ClaimMatchingData.declaredAbsent())
        .as("-Dassist.claimmatching.absent=true: the claim-matching data is declared absent")
        .isFalse();
    assertThat(ClaimMatchingData.available()).as(ClaimMatchingData.missingMessage()).isTrue();
    claims = ClaimMatchingTraining.passages(ClaimMatchingData.verifiedClaims());
    dev = ClaimMatchingData.dev();
    MatchModel model = MatchModel.shipped();
    embedder = EmbeddingModels.load(ClaimMatcher.EMBEDDING_MODEL, 2);
    assertThat(model.embeddingModel()).isEqualTo(embedder.model());
    matcher = ClaimMatcher.inMemory(embedder, model, 2);
    matcher.add(claims);
    devTexts = ClaimMatchingTraining.cleaned(dev);
    devVectors = embedder.embed(devTexts);
  }

  @AfterAll
  static void close() {
    if (matcher != null) {
      matcher.close();
    }
    if (embedder != null) {
      embedder.close();
    }
  }

  static List<Set<Long>> gold() {
    return dev.stream().map(Query::gold).toList();
  }

  @Test
  void
      the_hybrid_finds_the_verified_claim_a_development_tweet_repeats_with_map5_of_at_least_085_and_above_plain_bm25() {
    List<List<Long>> hybrid = new ArrayList<>();
    for (int i = 0; i < dev.size(); i++) {
      hybrid.add(
          matcher.match(devTexts.get(i), devVectors[i], 5).hits().stream().map(Match::id).toList());
    }
    List<List<Long>> bm25 = new ArrayList<>();
    try (LexicalIndex plain = LexicalIndex.inMemory(Analysis.STANDARD, false)) {
      plain.putAll(claims);
      for (Query q : dev) {
        bm25.add(plain.search(q.text(), 5).stream().map(ScoredId::id).toList());
      }
    }
    Quality h = ClaimMatchingTraining.quality(hybrid, gold());
    Quality b = ClaimMatchingTraining.quality(bm25, gold());
    System.out.printf("[match] dev MAP@5 hybrid %.3f, plain BM25 %.3f%n", h.map5(), b.map5());
    assertThat(h.map5()).isGreaterThanOrEqualTo(0.85).isGreaterThan(b.map5());
  }

  @Test
  void
      searched_approximately_as_large_workspaces_are_the_vectors_keep_the_exact_neighbours_and_the_map5_holds() {
    Int8VectorIndex vectors = (Int8VectorIndex) matcher.vectors();
    List<List<Long>> hybrid = new ArrayList<>();
    double kept = 0;
    vectors.approximateFrom(0);
    try {
      for (int i = 0; i < dev.size(); i++) {
        hybrid.add(
            matcher.match(devTexts.get(i), devVectors[i], 5).hits().stream()
                .map(Match::id)
                .toList());
        List<ScoredId> approximate = vectors.nearest(devVectors[i], ClaimMatcher.CANDIDATES);
        vectors.approximateFrom(Integer.MAX_VALUE);
        Set<Long> exact =
            vectors.nearest(devVectors[i], ClaimMatcher.CANDIDATES).stream()
                .map(ScoredId::id)
                .collect(java.util.stream.Collectors.toSet());
        vectors.approximateFrom(0);
        kept +=
            approximate.stream().filter(h -> exact.contains(h.id())).count()
                / (double) exact.size()
                / dev.size();
      }
    } finally {
      vectors.approximateFrom(Int8VectorIndex.APPROXIMATE_FROM);
    }
    Quality h = ClaimMatchingTraining.quality(hybrid, gold());
    System.out.printf(
        "[match] approximate vector search: dev MAP@5 hybrid %.3f, exact 30 nearest kept %.3f%n",
        h.map5(), kept);
    assertThat(kept).isGreaterThan(0.95);
    assertThat(h.map5()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void a_lookup_gives_calibrated_scores_and_explains_each_hit() {
    Matches m = matcher.match(dev.get(0).text(), 5);
    assertThat(m.lexicalOnly()).isFalse();
    assertThat(m.hits()).hasSize(5);
    for (Match hit : m.hits()) {
      assertThat(hit.score()).isBetween(0.0, 1.0);
      assertThat(hit.explanations()).isNotEmpty();
      assertThat(hit.explanations().getFirst()).matches("meaning \\d+% alike");
    }
    assertThat(m.hits()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void a_lookup_without_the_model_falls_back_to_bm25_and_says_so() {
    ClaimMatcher lexicalOnly =
        new ClaimMatcher(null, matcher.lexical(), matcher.vectors(), MatchModel.shipped());
    Matches m = lexicalOnly.match(dev.get(0).text(), 5);
    assertThat(m.lexicalOnly()).isTrue();
    assertThat(m.hits()).isNotEmpty();
    assertThat(m.hits().getFirst().meaning()).isNaN();
    assertThat(m.hits().getFirst().explanations().getFirst()).startsWith("shares key words: ");
  }
}
