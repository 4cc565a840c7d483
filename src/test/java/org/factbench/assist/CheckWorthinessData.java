package org.factbench.assist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * The labelled debates that train and evaluate check-worthiness version 3, read from {@code
 * ../shared/data} (override with {@code -Dassist.data.dir=DIR}), each folder's top level only (the
 * {@code overlap-*} folders hold events that are already in another set):
 *
 * <ul>
 *   <li>{@link Dataset#CLEF2019}: all 19 CLEF 2019 CheckThat! Task 1 training debates;
 *   <li>{@link Dataset#CLEF2020}: the CLEF 2020 Task 5 debates, without the 8 that CLEF 2021
 *       re-used as its test set (the development set here); 47 files;
 *   <li>{@link Dataset#CLAIMBUSTER}: the 30 ClaimBuster presidential debates of 1960-2012
 *       (check-worthy factual claims as judged by coders, a different and much denser label);
 *   <li>{@link Dataset#DEV}: the 8 CLEF 2021 Task 1B test debates, never trained on.
 * </ul>
 *
 * Two files of different sets are the same event (the third 2012 presidential debate): a debate
 * held out for evaluation also keeps its twin out of training ({@link Debate#event}).
 */
final class CheckWorthinessData {

  private CheckWorthinessData() {}

  static final Path ROOT = Path.of(System.getProperty("assist.data.dir", "../shared/data"));

  /** The CLEF 2020 files that CLEF 2021 re-labelled as its test set: the development set. */
  static final Set<String> DEV_TWINS =
      Set.of(
          "20170512_Trump_NBC_holt_interview",
          "20170803_Trump_WV",
          "20170822_Trump_phoenix",
          "20180426_Trump_Fox_Friends",
          "20180525_Trump_Naval",
          "20180612_Trump_Singapore",
          "20180615_Trump_lawn",
          "20180628_Trump_NorthDakota");

  /** Files of different sets that record the same event, by set/name. */
  static final Map<String, String> SAME_EVENT =
      Map.of(
          "clef2020/20121023_third_presidential_debate", "20121022_pres_debate",
          "claimbuster/20121022_pres_debate", "20121022_pres_debate");

  enum Dataset {
    CLEF2019("clef2019", "clef2019-checkworthy-train"),
    CLEF2020("clef2020", "clef2020-t5-debates-checkworthy"),
    CLAIMBUSTER("claimbuster", "claimbuster-checkworthy"),
    DEV("dev", "clef2021-t1b-test-checkworthy");

    final String id;
    final String folder;

    Dataset(String id, String folder) {
      this.id = id;
      this.folder = folder;
    }

    Path dir() {
      return ROOT.resolve(folder);
    }

    /** Whether the labels are what fact-checkers chose to check (not coders' judgements). */
    boolean factCheckers() {
      return this != CLAIMBUSTER;
    }
  }

  record Line(String speaker, String text, boolean worthy) {}

  /** One debate: its lines and what the model observes of each. */
  record Debate(Dataset dataset, String name, List<Line> lines, List<Observation> observations) {

    String id() {
      return dataset.id + "/" + name;
    }

    /** The event the debate records: its id, or the shared key of twins in two sets. */
    String event() {
      return SAME_EVENT.getOrDefault(id(), id());
    }

    int positives() {
      return (int) lines.stream().filter(Line::worthy).count();
    }

    boolean[] labels() {
      boolean[] out = new boolean[lines.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = lines.get(i).worthy();
      }
      return out;
    }
  }

  /** The files of a set, sorted by name: top level only, the dev twins left out of CLEF 2020. */
  static List<Path> files(Dataset set) {
    try (Stream<Path> s = Files.list(set.dir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tsv"))
          .filter(p -> set != Dataset.CLEF2020 || !DEV_TWINS.contains(name(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + set.dir().toAbsolutePath(), e);
    }
  }

  /** Fails loudly when a set is missing: CI has ../shared. */
  static void requireAvailable(Dataset... sets) {
    for (Dataset set : sets) {
      if (!Files.isDirectory(set.dir())) {
        throw new IllegalStateException(
            "the labelled debates are missing: "
                + set.dir().toAbsolutePath()
                + " (see docs/check-worthiness.md; -Dassist.data.dir=DIR)");
      }
    }
  }

  static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.tsv$", "");
  }

  static List<Line> lines(Path file) {
    List<Line> lines = new ArrayList<>();
    try {
      for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (row.isBlank()) {
          continue;
        }
        String[] cells = row.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(file + ": expected 4 tab-separated cells: " + row);
        }
        lines.add(new Line(cells[1].strip(), cells[2].strip(), cells[3].strip().equals("1")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** A debate with its observations, its sentences embedded through {@code cache}. */
  static Debate debate(Dataset set, Path file, EmbeddingCache cache, int buckets) {
    return debate(set, file, cache.vectors(lines(file).stream().map(Line::text).toList()), buckets);
  }

  /** A debate with its observations, given its sentence vectors. */
  static Debate debate(Dataset set, Path file, float[][] vectors, int buckets) {
    List<Line> lines = lines(file);
    List<Sentence> sentences = new ArrayList<>(lines.size());
    List<String> speakers = new ArrayList<>(lines.size());
    for (Line l : lines) {
      sentences.add(new Sentence(0, l.text().length(), l.text()));
      speakers.add(l.speaker().isEmpty() ? null : l.speaker());
    }
    return new Debate(
        set, name(file), lines, Observations.of(sentences, speakers, vectors, buckets));
  }

  /**
   * The debates of a set in name order, each embedded through {@code cache}; the observations of
   * several debates are built at once on {@code threads} threads (each debate's are the same
   * whichever thread builds them).
   */
  static List<Debate> debates(Dataset set, EmbeddingCache cache, int buckets, int threads) {
    requireAvailable(set);
    List<Path> files = files(set);
    List<float[][]> vectors = new ArrayList<>();
    for (Path f : files) {
      vectors.add(cache.vectors(lines(f).stream().map(Line::text).toList()));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<java.util.concurrent.Future<Debate>> futures = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        float[][] v = vectors.get(i);
        futures.add(pool.submit(() -> debate(set, f, v, buckets)));
      }
      List<Debate> out = new ArrayList<>();
      for (java.util.concurrent.Future<Debate> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("cannot read " + set.dir(), e);
    } finally {
      pool.shutdown();
    }
  }

  static EmbeddingCache cache(SentenceEmbedder embedder) {
    return new EmbeddingCache(embedder);
  }
}
