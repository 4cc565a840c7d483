package org.factbench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;
import org.factbench.assist.retrieval.ClaimMatcher;
import org.factbench.assist.retrieval.Int8VectorIndex;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.ClaimDataGenerator;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claim matching in the application at scale: {@code bench.claims} claims (100,000) and as many
 * reference claims in one workspace, with synthetic stored vectors (clustered unit vectors: the
 * index part does not need real ones); the index's cold start from the database, its heap, and the
 * similar-claims lookup through the service with the query's real embedding. Real embedding
 * throughput is measured separately on the wordings. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=MatchingBenchmark -Dvaadin.skip}; prints Markdown rows.
 */
@Tag("benchmark")
@IntegrationTest
class MatchingBenchmark {

  static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
  static final int REFERENCES = Integer.getInteger("bench.references", CLAIMS);
  static final int RUNS = Integer.getInteger("bench.runs", 50);

  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired MatchingIndex index;
  @Autowired SimilarClaims similar;

  @Test
  void lookups_heap_and_cold_start_at_full_size() throws Exception {
    WorkspaceSummary ws = fixtures.workspace("matching-bench");
    UserSummary editor = fixtures.user("matching-bench");
    fixtures.member(ws, editor, Role.EDITOR);
    long t0 = System.nanoTime();
    ClaimDataGenerator.generate(jdbc, ws.id(), editor.id(), CLAIMS);
    storeVectors(ws.id());
    long collection = references(ws.id(), editor.id());
    System.out.printf(
        "%n[bench] data: %,d claims + %,d reference claims with vectors in %d s%n",
        CLAIMS, REFERENCES, (System.nanoTime() - t0) / 1_000_000_000);
    assertThat(index.awaitIdle(Duration.ofMinutes(5))).isTrue();

    System.out.printf("[bench] | what | figure | load average |%n[bench] |---|---:|---:|%n");
    index.reload(ws.id());
    System.gc();
    long heapBefore = usedHeap();
    long c0 = System.nanoTime();
    WorkspaceIndex loaded = index.index(ws.id());
    long coldMs = (System.nanoTime() - c0) / 1_000_000;
    System.gc();
    long heapAfter = usedHeap();
    row("cold start of the workspace's index (read, BM25, vectors)", coldMs + " ms");
    row(
        "time putting passages in BM25 and the vector index, summed over the 2 loading threads",
        loaded.indexingNanos() / 1_000_000 + " ms");
    row("passages waiting for vectors after the load", String.valueOf(loaded.pendingCount()));
    row(
        "heap of the vector index (int8 and signs, "
            + loaded.matcher().vectors().size()
            + " vectors)",
        mb(((Int8VectorIndex) loaded.matcher().vectors()).heapBytes()));
    row("heap of the whole workspace index (used heap after - before)", mb(heapAfter - heapBefore));

    List<String> texts =
        jdbc.sql("select wording from claim_wording where workspace_id = ? order by id limit ?")
            .params(ws.id(), RUNS + 10)
            .query(String.class)
            .list();
    // the current lookup (exact scan of every vector) and the new one (signs, then 8 bits)
    // alternate query by query, so that both see the same load
    Int8VectorIndex vectors = (Int8VectorIndex) loaded.matcher().vectors();
    List<Long> exact = new ArrayList<>();
    List<Long> approximate = new ArrayList<>();
    fixtures.as(
        editor,
        () -> {
          for (int i = 0; i < texts.size(); i++) {
            String q = "Reportedly " + texts.get(i).toLowerCase();
            for (boolean current : new boolean[] {i % 2 == 0, i % 2 != 0}) {
              vectors.approximateFrom(
                  current ? Integer.MAX_VALUE : Int8VectorIndex.APPROXIMATE_FROM);
              long s = System.nanoTime();
              SimilarClaimsFound found = similar.find(ws.id(), q, null, 5);
              if (i >= 10) {
                (current ? exact : approximate).add(System.nanoTime() - s);
              }
              assertThat(found.hits()).isNotEmpty();
            }
          }
        });
    vectors.approximateFrom(Int8VectorIndex.APPROXIMATE_FROM);
    row(
        "similar-claims lookup with the query's embedding, median: current (exact scan) vs new",
        ms(percentile(exact, 50)) + " vs " + ms(percentile(approximate, 50)));
    row(
        "similar-claims lookup with the query's embedding, p95: current (exact scan) vs new",
        ms(percentile(exact, 95)) + " vs " + ms(percentile(approximate, 95)));

    // where a lookup's time goes: the query's embedding, the vector search alone (exact and new,
    // with the 30 exact nearest the new one keeps), the whole matcher with the vector given
    List<Long> embedding = new ArrayList<>();
    List<Long> scanExact = new ArrayList<>();
    List<Long> scanNew = new ArrayList<>();
    List<Long> matcherOnly = new ArrayList<>();
    double kept = 0;
    for (int i = 10; i < texts.size(); i++) {
      String q = org.factbench.assist.retrieval.QueryText.clean("Reportedly " + texts.get(i));
      long s0 = System.nanoTime();
      float[] v =
          loaded.matcher().embed(List.of(new org.factbench.assist.retrieval.Passage(0, q, "")))[0];
      long s1 = System.nanoTime();
      vectors.approximateFrom(Integer.MAX_VALUE);
      var all = vectors.nearest(v, ClaimMatcher.CANDIDATES);
      long s2 = System.nanoTime();
      vectors.approximateFrom(Int8VectorIndex.APPROXIMATE_FROM);
      var found = vectors.nearest(v, ClaimMatcher.CANDIDATES);
      long s3 = System.nanoTime();
      loaded.matcher().match(q, v, 11);
      long s4 = System.nanoTime();
      embedding.add(s1 - s0);
      scanExact.add(s2 - s1);
      scanNew.add(s3 - s2);
      matcherOnly.add(s4 - s3);
      kept +=
          found.stream().filter(h -> all.stream().anyMatch(a -> a.id() == h.id())).count()
              / (double) all.size();
    }
    int n = texts.size() - 10;
    row(
        "the query's embedding alone, median / p95",
        ms(percentile(embedding, 50)) + " / " + ms(percentile(embedding, 95)));
    row(
        "vector search alone, p95: current (exact scan) vs new",
        ms(percentile(scanExact, 95)) + " vs " + ms(percentile(scanNew, 95)));
    row(
        "exact 30 nearest the new vector search keeps (synthetic vectors)",
        String.format("%.3f", kept / n));
    row(
        "matcher with the vector given (BM25, vectors, features), median / p95",
        ms(percentile(matcherOnly, 50)) + " / " + ms(percentile(matcherOnly, 95)));

    try (SentenceEmbedder e = EmbeddingModels.load(ClaimMatcher.EMBEDDING_MODEL, 2)) {
      List<String> sample =
          jdbc.sql("select wording from claim_wording where workspace_id = ? limit 512")
              .param(ws.id())
              .query(String.class)
              .list();
      e.embed(sample.subList(0, 32));
      long s = System.nanoTime();
      e.embed(sample);
      double seconds = (System.nanoTime() - s) / 1e9;
      row(
          "embedding throughput (claim wordings, batch 32, 2 threads)",
          String.format("%.0f sentences/s", sample.size() / seconds));
    }
    jdbc.sql("delete from reference_collection where id = ?").param(collection).update();
    index.reload(ws.id());
  }

  /** Clustered unit vectors for every claim, stored as the index would store real ones. */
  private void storeVectors(long ws) throws Exception {
    Random random = new Random(20261203);
    float[][] centres = centres(random);
    List<Object[]> rows =
        jdbc.sql("select id, wording from claim_wording where workspace_id = ?")
            .param(ws)
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .list();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into claim_vector (claim_id, workspace_id, model, text_hash, vector)"
                    + " values (?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Object[] r : rows) {
        ps.setLong(1, (Long) r[0]);
        ps.setLong(2, ws);
        ps.setString(3, index.embeddingModel());
        ps.setBytes(4, Vectors.hash((String) r[1]));
        ps.setBytes(5, Vectors.bytes(vector(random, centres)));
        ps.addBatch();
        if (++n % 2_000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** A reference collection of REFERENCES items (reworded claims) with stored vectors. */
  private long references(long ws, long actor) throws Exception {
    Random random = new Random(7);
    float[][] centres = centres(random);
    long id =
        jdbc.sql(
                "insert into reference_collection (workspace_id, name, publisher, created_by,"
                    + " item_count, embedded, state) values (?, 'Bench', 'Snopes', ?, ?, ?,"
                    + " 'READY') returning id")
            .params(ws, actor, REFERENCES, REFERENCES)
            .query(Long.class)
            .single();
    List<String> wordings =
        jdbc.sql(
                "select wording from claim_wording where workspace_id = ? order by id desc limit ?")
            .params(ws, REFERENCES)
            .query(String.class)
            .list();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into reference_claim (collection_id, workspace_id, claim_text, title,"
                    + " url, rating, model, vector) values (?, ?, ?, ?, ?, 'False', ?, ?)")) {
      for (int i = 0; i < REFERENCES; i++) {
        String w = wordings.get(i % wordings.size());
        ps.setLong(1, id);
        ps.setLong(2, ws);
        ps.setString(3, "Viral post claims " + w.toLowerCase());
        ps.setString(4, "Fact check " + i);
        ps.setString(5, "https://www.snopes.com/fact-check/" + i + "/");
        ps.setString(6, index.embeddingModel());
        ps.setBytes(7, Vectors.bytes(vector(random, centres)));
        ps.addBatch();
        if ((i + 1) % 2_000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return id;
  }

  private static float[][] centres(Random random) {
    float[][] centres = new float[200][];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = unit(random, null, 0);
    }
    return centres;
  }

  private static float[] vector(Random random, float[][] centres) {
    return unit(random, centres[random.nextInt(centres.length)], 0.6f);
  }

  private static float[] unit(Random random, float[] centre, float noise) {
    float[] v = new float[384];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      v[d] =
          (centre == null ? 0 : centre[d])
              + (float) random.nextGaussian() * (centre == null ? 1 : noise / 20);
      norm += v[d] * v[d];
    }
    for (int d = 0; d < v.length; d++) {
      v[d] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long percentile(List<Long> nanos, int p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String ms(long nanos) {
    return String.format("%.0f ms", nanos / 1e6);
  }

  private static String mb(long bytes) {
    return String.format("%.0f MB", bytes / 1_048_576.0);
  }

  private static void row(String what, String figure) {
    System.out.printf(
        "[bench] | %s | %s | %.1f |%n",
        what,
        figure,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
