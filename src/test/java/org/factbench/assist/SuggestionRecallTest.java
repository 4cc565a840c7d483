package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall harness for check-worthy sentence suggestions, over a hand-labelled sample in
 * src/test/resources/assist/labelled/: for each document {@code NAME.txt} (the text as a user would
 * import it) a {@code NAME.labels} lists every sentence the splitter should produce, one a line,
 * {@code [x] } for worth checking and {@code [ ] } for not; {@code #} starts a comment. The real
 * text is split with {@link Sentences#split}, so a splitting mistake fails here too: every labelled
 * sentence must come out as exactly one sentence, and every sentence must be labelled.
 *
 * <p>Measures, per document and pooled over all of them:
 *
 * <ul>
 *   <li>recall@k with k = the document's number of check-worthy sentences: the share of them among
 *       the k best-ranked sentences (at this k, recall equals precision);
 *   <li>precision and recall at {@link CheckWorthiness#THRESHOLD}: of the suggested sentences, how
 *       many are labelled check-worthy; of the check-worthy ones, how many are suggested.
 * </ul>
 *
 * The sample (a briefing and a debate) and the documents of other genres (a news summary, podcast
 * show notes, a press release, a policy brief, a referendum article) are measured apart; the genre
 * documents are a transfer test and were never used to train or tune the model. The floors sit at
 * or just under what the shipped scorer measures, so a change that loses recall fails the build;
 * raise them when the scorer improves (and bump {@link CheckWorthiness#VERSION}).
 */
class SuggestionRecallTest {

  /** The first sample: a briefing note and a parliamentary debate. */
  static final List<String> SAMPLE = List.of("briefing", "debate");

  /**
   * Documents of other genres, written for the tests and labelled before any model ran on them: a
   * transfer test, never training data.
   */
  static final List<String> GENRES =
      List.of("news-summary", "podcast-notes", "press-release", "policy-brief", "election-article");

  static final List<String> DOCUMENTS =
      java.util.stream.Stream.concat(SAMPLE.stream(), GENRES.stream()).toList();

  // Measured with CheckWorthiness.VERSION 3 (threshold 0.06; docs/check-worthiness.md): sample
  // recall@k 0.85 (22/26: briefing 12/14, debate 10/12); genre documents recall@k 0.849 pooled
  // (73/86) and 0.69-0.96 per document (the issue's goals, 0.85 and 0.75, are not met: the press
  // release has 8/11 and the referendum article 9/13); at the threshold, over all 253 sentences,
  // precision 0.93 and recall 0.45 (the probabilities are calibrated to debates, where 1.4% of
  // sentences are checked). The floors allow one more miss at k per group.
  static final double MIN_RECALL_AT_K = 0.80;
  static final double MIN_DOCUMENT_RECALL_AT_K = 0.70;
  static final double MIN_GENRE_RECALL_AT_K = 0.83;
  static final double MIN_GENRE_DOCUMENT_RECALL_AT_K = 0.65;
  static final double MIN_RECALL_AT_THRESHOLD = 0.42;
  static final double MIN_PRECISION_AT_THRESHOLD = 0.90;

  record Labelled(String name, String text, Map<String, Boolean> labels) {}

  record Measure(String name, int sentences, int positives, int hitsAtK, int suggested, int hits) {

    double recallAtK() {
      return positives == 0 ? 1 : (double) hitsAtK / positives;
    }

    double precisionAtThreshold() {
      return suggested == 0 ? 1 : (double) hits / suggested;
    }

    double recallAtThreshold() {
      return positives == 0 ? 1 : (double) hits / positives;
    }

    Measure plus(Measure o) {
      return new Measure(
          "all",
          sentences + o.sentences,
          positives + o.positives,
          hitsAtK + o.hitsAtK,
          suggested + o.suggested,
          hits + o.hits);
    }
  }

  @Test
  void check_worthy_sentences_are_ranked_first_and_suggested() throws IOException {
    StringBuilder misses = new StringBuilder();
    List<Measure> sample = measures(SAMPLE, misses);
    List<Measure> genres = measures(GENRES, misses);
    Measure sampleAll = pooled(sample);
    Measure genresAll = pooled(genres);
    Measure all = sampleAll.plus(genresAll);

    System.out.printf(
        "%n[recall] check-worthiness v%d, threshold %.2f, k = check-worthy sentences per document%n",
        CheckWorthiness.VERSION, CheckWorthiness.THRESHOLD);
    System.out.printf(
        "[recall] %-16s %9s %12s %9s %9s %11s %9s%n",
        "document",
        "sentences",
        "check-worthy",
        "recall@k",
        "suggested",
        "precision@T",
        "recall@T");
    List<Measure> rows = new ArrayList<>(sample);
    rows.add(rename(sampleAll, "sample, pooled"));
    rows.addAll(genres);
    rows.add(rename(genresAll, "genres, pooled"));
    rows.add(rename(all, "all"));
    for (Measure m : rows) {
      System.out.printf(
          Locale.ROOT,
          "[recall] %-16s %9d %12d %9.2f %9d %11.2f %9.2f%n",
          m.name(),
          m.sentences(),
          m.positives(),
          m.recallAtK(),
          m.suggested(),
          m.precisionAtThreshold(),
          m.recallAtThreshold());
    }
    System.out.printf("[recall] version 2 (cue weights) on the same documents, for comparison:%n");
    Measure v2All = new Measure("all", 0, 0, 0, 0, 0);
    for (String name : DOCUMENTS) {
      Labelled doc = load(name);
      Measure m = count(doc, CheckWorthinessV2.rank(doc.text()), null);
      v2All = v2All.plus(m);
      printV2(m);
    }
    printV2(rename(v2All, "all"));
    System.out.print(misses);

    assertThat(sampleAll.recallAtK()).as("pooled recall@k").isGreaterThanOrEqualTo(MIN_RECALL_AT_K);
    for (Measure m : sample) {
      assertThat(m.recallAtK())
          .as("recall@k of %s", m.name())
          .isGreaterThanOrEqualTo(MIN_DOCUMENT_RECALL_AT_K);
    }
    assertThat(genresAll.recallAtK())
        .as("pooled recall@k of the genre documents")
        .isGreaterThanOrEqualTo(MIN_GENRE_RECALL_AT_K);
    for (Measure m : genres) {
      assertThat(m.recallAtK())
          .as("recall@k of %s", m.name())
          .isGreaterThanOrEqualTo(MIN_GENRE_DOCUMENT_RECALL_AT_K);
    }
    assertThat(all.recallAtThreshold())
        .as("pooled recall at the threshold")
        .isGreaterThanOrEqualTo(MIN_RECALL_AT_THRESHOLD);
    assertThat(all.precisionAtThreshold())
        .as("pooled precision at the threshold")
        .isGreaterThanOrEqualTo(MIN_PRECISION_AT_THRESHOLD);
  }

  private static void printV2(Measure m) {
    System.out.printf(
        Locale.ROOT,
        "[recall] %-16s %9d %12d %9.2f %9d %11.2f %9.2f%n",
        "v2 " + m.name(),
        m.sentences(),
        m.positives(),
        m.recallAtK(),
        m.suggested(),
        m.precisionAtThreshold(),
        m.recallAtThreshold());
  }

  private static List<Measure> measures(List<String> names, StringBuilder misses)
      throws IOException {
    List<Measure> out = new ArrayList<>();
    for (String name : names) {
      out.add(measure(load(name), misses));
    }
    return out;
  }

  private static Measure pooled(List<Measure> measures) {
    Measure all = new Measure("all", 0, 0, 0, 0, 0);
    for (Measure m : measures) {
      all = all.plus(m);
    }
    return all;
  }

  private static Measure rename(Measure m, String name) {
    return new Measure(name, m.sentences(), m.positives(), m.hitsAtK(), m.suggested(), m.hits());
  }

  @Test
  void the_sample_is_large_enough_to_mean_something() throws IOException {
    int sentences = 0;
    int positives = 0;
    for (String name : DOCUMENTS) {
      Labelled doc = load(name);
      sentences += doc.labels().size();
      positives += (int) doc.labels().values().stream().filter(b -> b).count();
    }
    assertThat(sentences).isGreaterThanOrEqualTo(40);
    assertThat(positives).isBetween(sentences / 4, sentences * 3 / 4);
    int genreSentences = 0;
    int genrePositives = 0;
    for (String name : GENRES) {
      Labelled doc = load(name);
      genreSentences += doc.labels().size();
      genrePositives += (int) doc.labels().values().stream().filter(b -> b).count();
    }
    assertThat(GENRES).hasSizeGreaterThanOrEqualTo(4);
    assertThat(genreSentences).isGreaterThanOrEqualTo(160);
    assertThat(genrePositives).isGreaterThanOrEqualTo(80);
  }

  private static Measure measure(Labelled doc, StringBuilder misses) {
    List<Sentence> split = Sentences.split(doc.text());
    Set<String> produced = new HashSet<>();
    for (Sentence s : split) {
      String key = normalise(s.text());
      if (!doc.labels().containsKey(key)) {
        fail(
            "%s: the splitter produced a sentence with no label (a splitting mistake, or a label"
                + " to add): [%s]",
            doc.name(), key);
      }
      if (!produced.add(key)) {
        fail("%s: the sentence [%s] comes out twice; labels must be unique", doc.name(), key);
      }
    }
    for (String labelled : doc.labels().keySet()) {
      if (!produced.contains(labelled)) {
        fail(
            "%s: the labelled sentence [%s] is not one of the split sentences; got:%n%s",
            doc.name(),
            labelled,
            String.join("\n", split.stream().map(s -> "  [" + normalise(s.text()) + "]").toList()));
      }
    }

    return count(doc, CheckWorthiness.rank(doc.text()), misses);
  }

  /** The measures of one ranking of a document; misses are listed unless null. */
  static Measure count(Labelled doc, List<CheckWorthySentence> ranked, StringBuilder misses) {
    int positives = (int) doc.labels().values().stream().filter(b -> b).count();
    int hitsAtK = 0;
    int suggested = 0;
    int hits = 0;
    for (int i = 0; i < ranked.size(); i++) {
      CheckWorthySentence c = ranked.get(i);
      boolean worthy = doc.labels().get(normalise(c.sentence().text()));
      if (i < positives && worthy) {
        hitsAtK++;
      }
      if (c.suggested()) {
        suggested++;
        if (worthy) {
          hits++;
        }
      }
      String miss =
          worthy && i >= positives
              ? "missed at rank " + (i + 1)
              : !worthy && c.suggested() ? "suggested, labelled not" : null;
      if (miss != null && misses != null) {
        misses.append(
            String.format(
                Locale.ROOT,
                "[recall]   %s: %s %.3f [%s] %s%n",
                doc.name(),
                miss,
                c.score(),
                c.sentence().text(),
                c.reasons()));
      }
    }
    return new Measure(doc.name(), ranked.size(), positives, hitsAtK, suggested, hits);
  }

  static Labelled load(String name) throws IOException {
    String text = resource(name + ".txt");
    Map<String, Boolean> labels = new LinkedHashMap<>();
    for (String line : resource(name + ".labels").split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean worthy;
      if (line.startsWith("[x] ")) {
        worthy = true;
      } else if (line.startsWith("[ ] ")) {
        worthy = false;
      } else {
        throw new IllegalArgumentException(name + ".labels: no [x] or [ ] label on: " + line);
      }
      String sentence = normalise(line.substring(4));
      if (labels.put(sentence, worthy) != null) {
        throw new IllegalArgumentException(name + ".labels: labelled twice: " + sentence);
      }
    }
    return new Labelled(name, text, labels);
  }

  static String resource(String file) throws IOException {
    try (InputStream in =
        SuggestionRecallTest.class.getResourceAsStream("/assist/labelled/" + file)) {
      if (in == null) {
        throw new IOException("no test resource assist/labelled/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
