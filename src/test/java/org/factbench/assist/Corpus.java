package org.factbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.assist.CheckWorthinessData.Dataset;
import org.factbench.assist.CheckWorthinessData.Debate;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * The debates of the training sets and of the development set, loaded once per JVM with their
 * observations (the sentence vectors come from {@link EmbeddingCache}).
 */
record Corpus(
    List<Debate> clef2019, List<Debate> clef2020, List<Debate> claimBuster, List<Debate> dev) {

  /** Threads for reading debates and for the embedder. */
  static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static Corpus loaded;

  /** The training sets and the dev set; fails loudly when the data is missing. */
  static synchronized Corpus load() {
    if (loaded == null) {
      CheckWorthinessData.requireAvailable(Dataset.values());
      try (SentenceEmbedder embedder = embedder()) {
        EmbeddingCache cache = new EmbeddingCache(embedder);
        loaded =
            new Corpus(
                load(Dataset.CLEF2019, cache),
                load(Dataset.CLEF2020, cache),
                load(Dataset.CLAIMBUSTER, cache),
                load(Dataset.DEV, cache));
      }
    }
    return loaded;
  }

  static SentenceEmbedder embedder() {
    return EmbeddingModels.load(EmbeddingModels.MINILM_L6_V2_Q, THREADS);
  }

  private static List<Debate> load(Dataset set, EmbeddingCache cache) {
    long t0 = System.nanoTime();
    List<Debate> out = CheckWorthinessData.debates(set, cache, ModelTraining.BUCKETS, THREADS);
    System.out.printf(
        "[data] %-11s %3d debates, %6d lines, %5d check-worthy (%.0f s)%n",
        set.id,
        out.size(),
        out.stream().mapToInt(d -> d.lines().size()).sum(),
        out.stream().mapToInt(Debate::positives).sum(),
        (System.nanoTime() - t0) / 1e9);
    return out;
  }

  /** All the training debates: CLEF 2019, CLEF 2020 and ClaimBuster. */
  List<Debate> training() {
    return Stream.of(clef2019, clef2020, claimBuster).flatMap(List::stream).toList();
  }

  List<Debate> of(Dataset set) {
    return switch (set) {
      case CLEF2019 -> clef2019;
      case CLEF2020 -> clef2020;
      case CLAIMBUSTER -> claimBuster;
      case DEV -> dev;
    };
  }

  static List<List<Debate>> folds(List<Debate> debates, int k) {
    List<List<Debate>> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<Debate> fold = new ArrayList<>();
      for (int i = f; i < debates.size(); i += k) {
        fold.add(debates.get(i));
      }
      out.add(fold);
    }
    return out;
  }
}
