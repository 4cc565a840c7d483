package org.factbench.assist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast version 3 scores a transcript end to end (split, turns, sentence vectors, cues, parts of
 * speech, words, scoring and explanations, sorting) with an embedder of {@code -Dbench.threads=2}
 * threads, and how the time divides between the sentence vectors and the rest. The transcript is a
 * CLEF 2019 debate written as "SPEAKER: sentence" lines (2,136 sentences). Prints; asserts nothing
 * about time. Run with {@code ./mvnw -Pbenchmark test -Dtest=CheckWorthinessSpeedBenchmark
 * -Dvaadin.skip}.
 */
@Tag("benchmark")
class CheckWorthinessSpeedBenchmark {

  static final int THREADS = Integer.getInteger("bench.threads", 2);
  static final int RUNS = Integer.getInteger("bench.runs", 3);

  @Test
  void scores_a_debate_transcript_end_to_end() throws Exception {
    CheckWorthinessData.requireAvailable(CheckWorthinessData.Dataset.CLEF2019);
    Path file = CheckWorthinessData.Dataset.CLEF2019.dir().resolve("20160226_10_gop.tsv");
    StringBuilder sb = new StringBuilder();
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = row.split("\t", -1);
      sb.append(cells[1]).append(": ").append(cells[2]).append('\n');
    }
    String text = sb.toString();
    List<Sentence> sentences = Sentences.split(text);
    List<String> texts = sentences.stream().map(Sentence::text).toList();
    try (SentenceEmbedder embedder =
        EmbeddingModels.load(EmbeddingModels.MINILM_L6_V2_Q, THREADS)) {
      // warm up: models loaded, hot paths compiled
      CheckWorthiness.rank(text.substring(0, 20_000), embedder, ScoringProgress.NONE);
      List<Double> whole = new ArrayList<>();
      List<Double> vectors = new ArrayList<>();
      List<Double> rest = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        long t0 = System.nanoTime();
        CheckWorthiness.rank(text, embedder, ScoringProgress.NONE);
        whole.add((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        float[][] v = SentenceVectors.of(embedder, texts, ScoringProgress.NONE);
        vectors.add((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        List<String> speakers = new ArrayList<>();
        List<Turn> turns = Turns.find(text);
        for (Sentence s : sentences) {
          Turn t = Turns.at(turns, s.start());
          speakers.add(t == null ? null : t.speaker());
        }
        for (Observation o :
            Observations.of(sentences, speakers, v, CheckWorthiness.model().buckets)) {
          CheckWorthiness.model().score(o, CheckWorthiness.examples());
        }
        rest.add((System.nanoTime() - t0) / 1e9);
      }
      int n = sentences.size();
      System.out.printf(
          Locale.ROOT,
          "%n[speed] %d sentences (%,d characters), embedder threads %d, %d runs, cores %d%n",
          n,
          text.length(),
          THREADS,
          RUNS,
          Runtime.getRuntime().availableProcessors());
      print("rank, end to end", whole, n);
      print("sentence vectors only", vectors, n);
      print("cues, parts of speech, words, scores and explanations", rest, n);
      double best = n / whole.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      System.out.printf(
          Locale.ROOT,
          "[speed] a 2 MB transcript (about %,d sentences of this debate's length) at the best"
              + " rate: %.0f s%n",
          Math.round(2_000_000.0 / text.length() * n),
          2_000_000.0 / text.length() * n / best);
    }
  }

  private static void print(String what, List<Double> seconds, int n) {
    List<Double> sorted = seconds.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "[speed] %-55s median %.1f s = %.0f sentences/s (best %.0f/s)%n",
        what,
        median,
        n / median,
        n / sorted.get(0));
  }
}
