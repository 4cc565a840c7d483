package org.factbench.assist.retrieval;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The vector index at the size the issue asks for: 200,000 synthetic unit vectors of 384
 * dimensions, clustered like sentence embeddings (2,000 topics, each vector a topic plus noise).
 * For the int8 exact scan and for Lucene's quantised HNSW on a memory-mapped directory, prints the
 * heap the index keeps (after GC), the build time, the query time p50/p95 with and without
 * embedding the query (the shipped model, real sentences), and recall@10 against an exact float
 * scan. Asserts nothing. Run with {@code ./mvnw -Pbenchmark test -Dtest=VectorIndexBenchmark
 * -Dvaadin.skip}; {@code -Dassist.bench.vectors=N} changes the size.
 */
@Tag("benchmark")
class VectorIndexBenchmark {

  static final int N = Integer.getInteger("assist.bench.vectors", 200_000);
  static final int DIMS = 384;
  static final int TOPICS = 2_000;
  static final int QUERIES = 300;
  static final int K = 30;

  static final String[] SENTENCES = {
    "Vaccines cause autism in children, a new study shows.",
    "The president said unemployment fell to 3.5% last month.",
    "Russia has lost between 180,000 and 220,000 soldiers in Ukraine.",
    "Drinking hot water kills the coronavirus, doctors say.",
    "The new law lets illegal immigrants vote in federal elections.",
    "Crime in Chicago went up by 40 percent this year.",
    "Bill Gates wants to put microchips in vaccines.",
    "The Pope endorsed Donald Trump for president.",
    "5G towers spread the virus, according to a viral video.",
    "Millions of dead people are registered to vote in California.",
  };

  @Test
  void two_hundred_thousand_vectors() throws Exception {
    Random random = new Random(42);
    float[][] topics = new float[TOPICS][];
    for (int t = 0; t < TOPICS; t++) {
      topics[t] = unit(gaussian(random, 1));
    }
    long seed = 7;
    float[][] queries = new float[QUERIES][];
    Random qr = new Random(99);
    for (int i = 0; i < QUERIES; i++) {
      float[] v = gaussian(qr, 0.08f);
      float[] t = topics[qr.nextInt(TOPICS)];
      for (int j = 0; j < DIMS; j++) {
        v[j] += t[j];
      }
      queries[i] = unit(v);
    }
    List<Set<Long>> exact = exactTop(topics, seed, queries, 10);
    System.out.printf(
        "%n[vectors] %,d vectors x %d dims (clustered, synthetic), %d queries, k=%d, %d cores, load %.1f%n",
        N,
        DIMS,
        QUERIES,
        K,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (SentenceEmbedder embedder = EmbeddingModels.load(EmbeddingModels.MINILM_L6_V2_Q, 2)) {
      for (String s : SENTENCES) {
        embedder.embed(s); // warm-up
      }
      measure(
          "int8 exact scan, 1 thread",
          () -> new Int8VectorIndex(DIMS, 1),
          topics,
          seed,
          queries,
          exact,
          embedder);
      measure(
          "int8 exact scan, 2 threads",
          () -> new Int8VectorIndex(DIMS, 2),
          topics,
          seed,
          queries,
          exact,
          embedder);
      Path dir = Files.createTempDirectory("hnsw");
      measure(
          "Lucene HNSW int7 (M 16, beam 100), mmap",
          () -> new HnswVectorIndex(dir, DIMS, 16, 100, 64),
          topics,
          seed,
          queries,
          exact,
          embedder);
    }
  }

  void measure(
      String name,
      Supplier<VectorIndex> make,
      float[][] topics,
      long seed,
      float[][] queries,
      List<Set<Long>> exact,
      SentenceEmbedder embedder) {
    long before = liveHeap();
    long start = System.nanoTime();
    VectorIndex index = make.get();
    Random r = new Random(seed);
    for (int from = 0; from < N; from += 10_000) {
      int n = Math.min(10_000, N - from);
      long[] ids = new long[n];
      float[][] vs = new float[n][];
      for (int i = 0; i < n; i++) {
        ids[i] = from + i;
        vs[i] = vector(r, topics);
      }
      index.putAll(ids, vs);
    }
    if (index instanceof HnswVectorIndex h) {
      h.optimise();
    }
    index.nearest(queries[0], K);
    double build = (System.nanoTime() - start) / 1e9;
    long heap = liveHeap() - before;
    double[] search = new double[queries.length];
    double[] withEmbedding = new double[queries.length];
    double recall = 0;
    for (int i = 0; i < queries.length; i++) {
      long t0 = System.nanoTime();
      List<ScoredId> hits = index.nearest(queries[i], K);
      search[i] = (System.nanoTime() - t0) / 1e6;
      Set<Long> found = new HashSet<>();
      hits.stream().limit(10).forEach(h -> found.add(h.id()));
      found.retainAll(exact.get(i));
      recall += found.size() / 10.0 / queries.length;
      long t1 = System.nanoTime();
      float[] q = embedder.embed(SENTENCES[i % SENTENCES.length] + " " + i);
      index.nearest(q, K);
      withEmbedding[i] = (System.nanoTime() - t1) / 1e6;
    }
    System.out.printf(
        Locale.ROOT,
        "[vectors] %-42s heap %5.1f MB, build %5.1f s, search p50 %5.1f ms p95 %5.1f ms,"
            + " embed+search p50 %5.1f ms p95 %5.1f ms, recall@10 %.3f%n",
        name,
        heap / 1e6,
        build,
        percentile(search, 50),
        percentile(search, 95),
        percentile(withEmbedding, 50),
        percentile(withEmbedding, 95),
        recall);
    index.close();
  }

  static List<Set<Long>> exactTop(float[][] topics, long seed, float[][] queries, int k) {
    // exact float scan, streamed: the float vectors are not all kept
    double[][] best = new double[queries.length][k];
    long[][] bestIds = new long[queries.length][k];
    for (double[] b : best) {
      Arrays.fill(b, Double.NEGATIVE_INFINITY);
    }
    Random r = new Random(seed);
    for (int id = 0; id < N; id++) {
      float[] v = vector(r, topics);
      for (int q = 0; q < queries.length; q++) {
        double s = 0;
        for (int j = 0; j < DIMS; j++) {
          s += v[j] * queries[q][j];
        }
        int worst = 0;
        for (int j = 1; j < k; j++) {
          if (best[q][j] < best[q][worst]) {
            worst = j;
          }
        }
        if (s > best[q][worst]) {
          best[q][worst] = s;
          bestIds[q][worst] = id;
        }
      }
    }
    List<Set<Long>> out = new ArrayList<>();
    for (long[] ids : bestIds) {
      Set<Long> s = new HashSet<>();
      for (long id : ids) {
        s.add(id);
      }
      out.add(s);
    }
    return out;
  }

  static float[] vector(Random r, float[][] topics) {
    float[] t = topics[r.nextInt(TOPICS)];
    float[] v = gaussian(r, 0.08f);
    for (int j = 0; j < DIMS; j++) {
      v[j] += t[j];
    }
    return unit(v);
  }

  static float[] gaussian(Random r, float sigma) {
    float[] v = new float[DIMS];
    for (int j = 0; j < DIMS; j++) {
      v[j] = (float) r.nextGaussian() * sigma;
    }
    return v;
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = (float) (1 / Math.sqrt(n));
    for (int j = 0; j < v.length; j++) {
      v[j] *= inv;
    }
    return v;
  }

  static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static double percentile(double[] xs, int p) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }
}
