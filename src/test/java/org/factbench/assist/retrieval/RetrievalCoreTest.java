package org.factbench.assist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The retrieval core's parts, without a model: BM25, the vector indexes, figures, cleaning. */
class RetrievalCoreTest {

  static List<Passage> passages() {
    return List.of(
        new Passage(1, "Vaccines cause autism in children.", "Do Vaccines Cause Autism?"),
        new Passage(2, "The MMR vaccine is safe for children.", ""),
        new Passage(3, "Russia has lost 180,000 soldiers in Ukraine.", ""),
        new Passage(4, "Bill Gates wants to put microchips in people.", ""));
  }

  @Test
  void bm25_finds_the_passage_sharing_the_rare_words_and_sees_updates_and_deletes() {
    try (LexicalIndex index = LexicalIndex.inMemory(Analysis.ENGLISH, false)) {
      index.putAll(passages());
      assertThat(index.size()).isEqualTo(4);
      assertThat(index.search("do vaccines really cause autism?", 2).getFirst().id()).isEqualTo(1);
      index.put(new Passage(1, "Microchips are hidden in vaccines.", ""));
      assertThat(index.size()).isEqualTo(4);
      assertThat(index.search("autism", 5)).isEmpty();
      assertThat(index.get(1).orElseThrow().text()).isEqualTo("Microchips are hidden in vaccines.");
      index.delete(4);
      assertThat(index.search("microchips", 5)).extracting(ScoredId::id).containsExactly(1L);
      assertThat(index.get(4)).isEmpty();
    }
  }

  @Test
  void bm25_scores_of_chosen_passages_equal_their_scores_in_a_search() {
    try (LexicalIndex index = LexicalIndex.inMemory(Analysis.STANDARD, false)) {
      index.putAll(passages());
      List<ScoredId> hits = index.search("vaccine children autism", 4);
      Map<Long, Double> scores = index.scores("vaccine children autism", List.of(2L, 4L));
      assertThat(scores).containsOnlyKeys(2L);
      double searched = hits.stream().filter(h -> h.id() == 2).findFirst().orElseThrow().score();
      assertThat(scores.get(2L)).isCloseTo(searched, within(1e-6));
    }
  }

  @Test
  void shared_words_are_shown_as_written_rarest_first_without_stop_words() {
    try (LexicalIndex index = LexicalIndex.inMemory(Analysis.ENGLISH, false)) {
      index.putAll(passages());
      assertThat(index.sharedWords("The vaccines cause AUTISM in kids?", passages().get(0), 4))
          .containsExactly("autism", "cause", "vaccines");
    }
  }

  @Test
  void an_index_in_a_directory_keeps_its_passages_after_a_commit_and_reopening() throws Exception {
    Path dir = Files.createTempDirectory("lexical");
    try (LexicalIndex index = LexicalIndex.inDirectory(dir, Analysis.ENGLISH, true)) {
      index.putAll(passages());
      index.commit();
    }
    try (LexicalIndex index = LexicalIndex.inDirectory(dir, Analysis.ENGLISH, true)) {
      assertThat(index.size()).isEqualTo(4);
      assertThat(index.search("do vaccines cause autism", 1).getFirst().id()).isEqualTo(1);
    }
  }

  static float[] random(Random r, int d) {
    float[] v = new float[d];
    double n = 0;
    for (int i = 0; i < d; i++) {
      v[i] = (float) r.nextGaussian();
      n += v[i] * v[i];
    }
    for (int i = 0; i < d; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void the_int8_index_ranks_as_an_exact_float_scan_does_and_follows_updates_and_deletes() {
    Random r = new Random(1);
    float[][] vs = new float[500][];
    Int8VectorIndex index = new Int8VectorIndex(64, 2);
    for (int i = 0; i < vs.length; i++) {
      vs[i] = random(r, 64);
      index.put(1000 + i, vs[i]);
    }
    float[] q = vs[17].clone();
    q[0] += 0.3f;
    q = RetrievalCoreTest.normalised(q);
    List<ScoredId> hits = index.nearest(q, 5);
    assertThat(hits.getFirst().id()).isEqualTo(1017);
    assertThat(hits.getFirst().score()).isCloseTo(dot(q, vs[17]), within(0.01));
    assertThat(index.similarities(q, List.of(1017L, 5L))).containsOnlyKeys(1017L);
    index.delete(1017);
    assertThat(index.size()).isEqualTo(499);
    assertThat(index.contains(1017)).isFalse();
    assertThat(index.nearest(q, 5)).extracting(ScoredId::id).doesNotContain(1017L);
    index.put(1499, vs[17]);
    assertThat(index.nearest(q, 1).getFirst().id()).isEqualTo(1499);
    assertThat(index.size()).isEqualTo(499);
    assertThat(index.heapBytes()).isLessThan(499 * (64 + 16) + 64_000);
  }

  @Test
  void the_int8_index_searched_approximately_finds_the_nearest_vectors_after_updates_and_deletes() {
    Random r = new Random(3);
    float[][] topics = new float[40][];
    for (int t = 0; t < topics.length; t++) {
      topics[t] = random(r, 384);
    }
    float[][] vs = new float[3_000][];
    Int8VectorIndex index = new Int8VectorIndex(384, 1);
    index.approximateFrom(0);
    for (int i = 0; i < vs.length; i++) {
      float[] v = topics[i % topics.length].clone();
      for (int d = 0; d < v.length; d++) {
        v[d] += (float) r.nextGaussian() * 0.05f;
      }
      vs[i] = normalised(v);
      index.put(i, vs[i]);
    }
    for (int i = 0; i < 1_000; i += 2) {
      index.delete(i); // each delete moves the last vector, and its signs, into the hole
    }
    index.put(10_001, vs[1]);
    double found = 0;
    for (int i = 1_001; i < 1_101; i++) {
      List<ScoredId> hits = index.nearest(vs[i], 10);
      assertThat(hits.getFirst().id()).isEqualTo(i);
      assertThat(hits).extracting(ScoredId::id).doesNotContain(0L, 2L, 998L);
      index.approximateFrom(Integer.MAX_VALUE);
      List<ScoredId> exact = index.nearest(vs[i], 10);
      index.approximateFrom(0);
      found += hits.stream().filter(exact::contains).count() / 1_000.0;
    }
    assertThat(found).isGreaterThan(0.9);
    assertThat(index.nearest(vs[1], 2))
        .extracting(ScoredId::id)
        .containsExactlyInAnyOrder(1L, 10_001L);
  }

  @Test
  void the_hnsw_index_finds_the_nearest_vectors_and_follows_deletes() throws Exception {
    Random r = new Random(2);
    float[][] vs = new float[300][];
    try (HnswVectorIndex index =
        new HnswVectorIndex(Files.createTempDirectory("hnsw"), 32, 16, 100, 16)) {
      long[] ids = new long[vs.length];
      for (int i = 0; i < vs.length; i++) {
        vs[i] = random(r, 32);
        ids[i] = i;
      }
      index.putAll(ids, vs);
      assertThat(index.nearest(vs[5], 1).getFirst().id()).isEqualTo(5);
      assertThat(index.nearest(vs[5], 1).getFirst().score()).isCloseTo(1.0, within(0.05));
      index.delete(5);
      assertThat(index.contains(5)).isFalse();
      assertThat(index.size()).isEqualTo(299);
      assertThat(index.similarities(vs[6], List.of(6L, 7L)).get(6L)).isCloseTo(1.0, within(0.05));
    }
  }

  static float[] normalised(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  @Test
  void figures_with_a_unit_or_scale_are_evidence_and_dates_years_and_bare_counts_are_not() {
    assertThat(Figures.find("Russia lost 180,000 soldiers; 6.3% of GDP; $2 billion; 3 weeks"))
        .extracting(Figures.Figure::kind)
        .containsExactly("count", "%", "$");
    assertThat(Figures.find("On February 25, 2016 there were 3 of them in 1999")).isEmpty();
    assertThat(Figures.find("He served 12 years and 5 days")).isEmpty();
    assertThat(Figures.find("The attack killed 50 people")).hasSize(1);
    assertThat(
            Figures.same(
                Figures.find("about 180,000 killed in the war"),
                Figures.find("The war killed 180,000 people")))
        .contains("about 180,000 to 180,000 people");
    assertThat(
            Figures.same(
                Figures.find("Posted February 25, 2016"), Figures.find("25 protesters arrested")))
        .isEmpty();
    assertThat(Figures.same(Figures.find("a 25% rise"), Figures.find("25 people"))).isEmpty();
  }

  @Test
  void a_pasted_tweet_loses_its_links_handle_and_date_but_keeps_its_words_and_author() {
    assertThat(
            QueryText.clean(
                "Trump needs to divest https://t.co/abc #IranUSApic.twitter.com/xyz — Ilhan Omar"
                    + " (@IlhanMN) January 6, 2020"))
        .isEqualTo("Trump needs to divest Iran USA — Ilhan Omar");
    assertThat(QueryText.clean("Proud #WakandaForever #FreeIran2020"))
        .isEqualTo("Proud Wakanda Forever Free Iran 2020");
    assertThat(QueryText.clean("  Vaccines -  cause autism\n? "))
        .isEqualTo("Vaccines - cause autism ?");
  }
}
