package org.factbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.assist.CheckWorthinessV2;
import org.factbench.assist.CheckWorthySentence;
import org.factbench.assist.HandWeightedCheckWorthiness;
import org.factbench.assist.Sentence;
import org.factbench.assist.Sentences;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the cue part of check-worthy sentence suggestions runs over a 2 MB debate
 * transcript: sentence splitting, scoring with the cue weights of version 2 (and the hand-weighted
 * ones of version 1 for comparison), and the time to re-score a 1,500-sentence debate, and the peak
 * heap in use while both run (sampled every 5 ms, above the heap in use before). Plain JUnit: no
 * database, no Spring. Asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=SuggestionsBenchmark}. Version 3, which embeds every sentence and is far slower, is
 * measured by {@code assist.CheckWorthinessSpeedBenchmark}.
 *
 * <p>The transcript repeats the labelled debate from src/test/resources/assist/labelled/ with its
 * timecodes running on and the digits of its figures rotated on each round, so no two rounds say
 * the same thing.
 */
@Tag("benchmark")
class SuggestionsBenchmark {

  static final int CHARS = Integer.getInteger("bench.chars", 1_990_000);
  static final int RUNS = Integer.getInteger("bench.runs", 7);
  static final int DEBATE_SENTENCES = 1_500;

  /** The CLEF 2019 debates (see docs/check-worthiness.md); a generated debate stands in without. */
  static final Path DEBATES =
      Path.of(System.getProperty("assist.clef.dir", "../shared/data/clef2019-checkworthy-train"));

  private static final Pattern TIMECODE_LINE =
      Pattern.compile("^\\[\\d{2}:\\d{2}:\\d{2}\\] ([^:]+(?:\\([^)]*\\))?): (.*)$");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  @Test
  void split_and_score_a_2_mb_transcript() throws Exception {
    String transcript = transcript(CHARS);

    // warm up: load the model and let the JIT compile the hot paths
    for (int i = 0; i < 3; i++) {
      CheckWorthinessV2.rank(transcript);
    }

    List<Sentence> sentences = Sentences.split(transcript);
    long splitNs = median(() -> Sentences.split(transcript));
    long scoreNs =
        median(
            () -> {
              List<CheckWorthySentence> scored = new ArrayList<>(sentences.size());
              for (Sentence s : sentences) {
                scored.add(CheckWorthinessV2.score(s));
              }
              return scored;
            });
    long handNs =
        median(
            () -> {
              List<CheckWorthySentence> scored = new ArrayList<>(sentences.size());
              for (Sentence s : sentences) {
                scored.add(HandWeightedCheckWorthiness.score(s));
              }
              return scored;
            });
    long rankNs = median(() -> CheckWorthinessV2.rank(transcript));
    long suggested =
        CheckWorthinessV2.rank(transcript).stream().filter(CheckWorthySentence::suggested).count();
    long peakHeap = peakHeapDelta(() -> CheckWorthinessV2.rank(transcript));

    double mb = transcript.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
    System.out.printf(
        "%n[bench] transcript: %,d characters (%.2f MB), %,d sentences, %,d suggested (v%d)%n",
        transcript.length(), mb, sentences.size(), suggested, CheckWorthinessV2.VERSION);
    System.out.printf(
        "[bench] split: median %,d ms = %.1f MB/s%n", splitNs / 1_000_000, mb / (splitNs / 1e9));
    System.out.printf(
        "[bench] score: median %,d ms = %,.0f sentences/s%n",
        scoreNs / 1_000_000, sentences.size() / (scoreNs / 1e9));
    System.out.printf(
        "[bench] score, hand-weighted v%d for comparison: median %,d ms = %,.0f sentences/s%n",
        HandWeightedCheckWorthiness.VERSION, handNs / 1_000_000, sentences.size() / (handNs / 1e9));
    System.out.printf(
        "[bench] rank (split + turns + score + sort): median %,d ms = %,.0f sentences/s%n",
        rankNs / 1_000_000, sentences.size() / (rankNs / 1e9));
    System.out.printf(
        "[bench] peak heap during rank: +%,d MB above the heap before%n", peakHeap / (1024 * 1024));
  }

  @Test
  void rescore_a_debate_of_1500_sentences() throws Exception {
    String source = "generated from the labelled debate";
    String debate = null;
    Path file = DEBATES.resolve("20160226_10_gop.tsv");
    if (Files.isRegularFile(file)) {
      StringBuilder sb = new StringBuilder();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String row : lines.subList(0, Math.min(DEBATE_SENTENCES, lines.size()))) {
        String[] cells = row.split("\t", -1);
        sb.append(cells[1]).append(": ").append(cells[2]).append('\n');
      }
      debate = sb.toString();
      source = file.getFileName() + ", first " + DEBATE_SENTENCES + " lines as SPEAKER: lines";
    }
    if (debate == null) {
      String generated = transcript(CHARS);
      List<Sentence> all = Sentences.split(generated);
      debate = generated.substring(0, all.get(DEBATE_SENTENCES - 1).end());
    }
    String text = debate;
    for (int i = 0; i < 5; i++) {
      CheckWorthinessV2.rank(text);
    }
    int sentences = Sentences.split(text).size();
    long rankNs = median(() -> CheckWorthinessV2.rank(text));
    System.out.printf(
        "%n[bench] re-score a debate (%s): %,d sentences, %,d characters%n",
        source, sentences, text.length());
    System.out.printf(
        "[bench] re-score (split + turns + score + sort): median %.1f ms%n", rankNs / 1e6);
  }

  private static long median(Supplier<?> run) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      run.get();
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }

  private static long peakHeapDelta(Supplier<?> run) throws InterruptedException {
    PeakHeap heap = PeakHeap.start();
    Object result = run.get();
    long delta = heap.stop();
    if (result == null) {
      throw new IllegalStateException("no result"); // keeps the result reachable until here
    }
    return delta;
  }

  /** The labelled debate, repeated to {@code chars} characters with changing times and figures. */
  static String transcript(int chars) throws IOException {
    List<String[]> turns = new ArrayList<>(); // speaker, speech (continuation lines joined by \n)
    for (String line : resource("/assist/labelled/debate.txt").split("\\R")) {
      Matcher m = TIMECODE_LINE.matcher(line);
      if (m.matches()) {
        turns.add(new String[] {m.group(1), m.group(2)});
      } else if (!turns.isEmpty() && !line.isBlank()) {
        String[] last = turns.get(turns.size() - 1);
        last[1] = last[1] + "\n" + line;
      }
    }
    StringBuilder sb = new StringBuilder(chars + 1_000);
    sb.append("Budget debate, second reading: transcript (benchmark)\n\n");
    int second = 14 * 3600;
    for (int round = 0; sb.length() < chars; round++) {
      int shift = round % 10;
      for (String[] turn : turns) {
        if (sb.length() >= chars) {
          break;
        }
        sb.append(
                String.format(
                    "[%02d:%02d:%02d] ", second / 3600 % 100, second / 60 % 60, second % 60))
            .append(turn[0])
            .append(": ")
            .append(rotateDigits(turn[1], shift))
            .append('\n');
        second += 7 + (second % 31);
      }
    }
    return sb.toString();
  }

  private static String rotateDigits(String s, int shift) {
    if (shift == 0) {
      return s;
    }
    return DIGIT
        .matcher(s)
        .replaceAll(d -> String.valueOf((d.group().charAt(0) - '0' + shift) % 10));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SuggestionsBenchmark.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
