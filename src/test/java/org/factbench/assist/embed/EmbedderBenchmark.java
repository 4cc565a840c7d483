package org.factbench.assist.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factbench.assist.retrieval.ClaimMatchingData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sentences per second for each model on realistic texts (verified claims, about 20 tokens, and
 * tweets, about 45 tokens, from the CLEF-2020 training data), for several batch sizes and thread
 * layouts; and how much a sentence's vector depends on its batch mates. Prints figures, asserts
 * none. Run with {@code ./mvnw -Pbenchmark test -Dtest=EmbedderBenchmark -Dvaadin.skip}; choose
 * models with {@code -Dassist.embed.models=all-minilm-l6-v2-q/1,...}.
 */
@Tag("benchmark")
class EmbedderBenchmark {

  static final int CLAIMS = 600;
  static final int TWEETS = 200;

  /** The first {@link #CLAIMS} verified claims. */
  private static List<String> claims() throws Exception {
    return ClaimMatchingData.verifiedClaims().stream()
        .limit(CLAIMS)
        .map(ClaimMatchingData.VerifiedClaim::claim)
        .toList();
  }

  /** The first {@link #TWEETS} training tweets. */
  private static List<String> tweets() throws Exception {
    return ClaimMatchingData.train().stream()
        .limit(TWEETS)
        .map(ClaimMatchingData.Query::text)
        .toList();
  }

  @Test
  void throughput_and_batch_dependence() throws Exception {
    assertThat(ClaimMatchingData.available()).as(ClaimMatchingData.missingMessage()).isTrue();
    List<String> claims = claims();
    List<String> tweets = tweets();
    String wanted = System.getProperty("assist.embed.models", "");
    System.out.printf(
        "%n[embed] %d cores, load average %.1f; %d claims, %d tweets%n",
        Runtime.getRuntime().availableProcessors(),
        OS.getSystemLoadAverage(),
        claims.size(),
        tweets.size());
    for (EmbeddingModels.Spec spec :
        List.of(
            EmbeddingModels.MINILM_L6_V2_Q,
            EmbeddingModels.MINILM_L6_V2,
            EmbeddingModels.E5_SMALL_V2_Q)) {
      if (!wanted.isEmpty() && !wanted.contains(spec.name())) {
        continue;
      }
      for (int batch : new int[] {1, 32}) {
        try (SentenceEmbedder e = EmbeddingModels.load(spec, 2, batch)) {
          e.embed(claims.subList(0, 100)); // warm-up
          System.out.printf(
              Locale.ROOT,
              "[embed] %-22s batch %3d, 2 intra-op threads, 1 caller : claims %s, tweets %s%n",
              spec.name(),
              batch,
              rate(e, claims, 1),
              rate(e, tweets, 1));
        }
        try (SentenceEmbedder e = EmbeddingModels.load(spec, 1, batch)) {
          e.embed(claims.subList(0, 100));
          System.out.printf(
              Locale.ROOT,
              "[embed] %-22s batch %3d, 1 intra-op thread,  2 callers: claims %s, tweets %s%n",
              spec.name(),
              batch,
              rate(e, claims, 2),
              rate(e, tweets, 2));
        }
      }
      try (SentenceEmbedder e = EmbeddingModels.load(spec, 2, 1)) {
        double[] ms = new double[tweets.size()];
        for (int i = 0; i < tweets.size(); i++) {
          long t0 = System.nanoTime();
          e.embed(tweets.get(i));
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf(
            Locale.ROOT,
            "[embed] %-22s one tweet at a time, 2 intra-op threads: p50 %.1f ms, p95 %.1f ms%n",
            spec.name(),
            ms[ms.length / 2],
            ms[(int) (ms.length * 0.95)]);
      }
      try (SentenceEmbedder e = EmbeddingModels.load(spec, 2, 32)) {
        List<String> sample = claims.subList(0, 300);
        float[][] together = e.embed(sample);
        double min = 1;
        double sum = 0;
        for (int i = 0; i < sample.size(); i++) {
          double c = dot(together[i], e.embed(sample.get(i)));
          min = Math.min(min, c);
          sum += c;
        }
        System.out.printf(
            Locale.ROOT,
            "[embed] %-22s batches of 32 vs one at a time, 300 claims: mean cosine %.5f, min %.5f%n",
            spec.name(),
            sum / sample.size(),
            min);
      }
    }
  }

  /**
   * The application's embedder (ONNX Runtime called directly: sentences sorted by length into
   * batches of 32, intra-op threads = cores) against langchain4j's own {@code
   * AllMiniLmL6V2EmbeddingModel.embedAll} on the same model file and the same 600 claims and 200
   * tweets: sentences per second of each, and the cosine between their vectors. Run with {@code
   * ./mvnw -Pbenchmark test -Dtest=EmbedderBenchmark#onnx_runtime_directly_against_langchain4j
   * -Dvaadin.skip}.
   */
  @Test
  void onnx_runtime_directly_against_langchain4j() throws Exception {
    assertThat(ClaimMatchingData.available()).as(ClaimMatchingData.missingMessage()).isTrue();
    List<String> claims = claims();
    List<String> tweets = tweets();
    int cores = Runtime.getRuntime().availableProcessors();
    var langchain4j =
        new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
    try (SentenceEmbedder ours = EmbeddingModels.load(EmbeddingModels.MINILM_L6_V2, cores, 32)) {
      ours.embed(claims.subList(0, 64)); // warm-up, both
      embedAll(langchain4j, claims.subList(0, 64));
      for (List<String> texts : List.of(claims, tweets)) {
        String what = texts == claims ? "claims" : "tweets";
        for (int round = 0; round < 2; round++) {
          double load = OS.getSystemLoadAverage();
          long t0 = System.nanoTime();
          float[][] a = ours.embed(texts);
          double oursSeconds = (System.nanoTime() - t0) / 1e9;
          long t1 = System.nanoTime();
          float[][] b = embedAll(langchain4j, texts);
          double theirSeconds = (System.nanoTime() - t1) / 1e9;
          double min = 1;
          for (int i = 0; i < a.length; i++) {
            double norm = Math.sqrt(dot(b[i], b[i]));
            min = Math.min(min, dot(a[i], b[i]) / norm);
          }
          System.out.printf(
              Locale.ROOT,
              "[embed] %s, round %d, load %.1f: ONNX Runtime directly (length-sorted batches of"
                  + " 32, %d intra-op threads) %.0f/s; langchain4j embedAll %.0f/s; min cosine"
                  + " %.6f%n",
              what,
              round + 1,
              load,
              cores,
              texts.size() / oursSeconds,
              texts.size() / theirSeconds,
              min);
        }
      }
    }
  }

  private static float[][] embedAll(
      dev.langchain4j.model.embedding.EmbeddingModel model, List<String> texts) {
    return model
        .embedAll(texts.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList())
        .content()
        .stream()
        .map(dev.langchain4j.data.embedding.Embedding::vector)
        .toArray(float[][]::new);
  }

  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /**
   * "wall/s (cpu/s)": sentences per second of wall time when {@code callers} threads each embed
   * their share of {@code texts}, and per second of this process's CPU time times the cores (what
   * two idle cores would give; the machine is shared while benchmarks run).
   */
  static String rate(SentenceEmbedder e, List<String> texts, int callers) throws Exception {
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    if (callers == 1) {
      e.embed(texts);
    } else {
      try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
        List<Future<float[][]>> parts = new ArrayList<>();
        int per = (texts.size() + callers - 1) / callers;
        for (int from = 0; from < texts.size(); from += per) {
          List<String> part = texts.subList(from, Math.min(texts.size(), from + per));
          parts.add(pool.submit(() -> e.embed(part)));
        }
        for (Future<float[][]> f : parts) {
          f.get();
        }
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
    return String.format(
        Locale.ROOT,
        "%5.0f/s (cpu %5.0f/s)",
        texts.size() / wall,
        texts.size() / cpuSeconds * Runtime.getRuntime().availableProcessors());
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
