package org.factbench.document.anchor;

import java.util.List;
import java.util.Locale;
import org.factbench.document.anchor.EditedVersions.DocumentCase;
import org.factbench.document.anchor.Reanchoring.Outcome;
import org.factbench.document.anchor.ReanchoringEvaluation.Tally;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints, for 50 generated documents of about 50 kB and 30 claims each ({@link EditedVersions}),
 * the share of claims kept, moved, fuzzy and orphaned, the false anchors and the time per document;
 * and, on the other half of the debates (the tuning half), how the outcomes and false anchors vary
 * with the fuzzy threshold. Asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=ReanchoringBenchmark -Dvaadin.skip}.
 */
@Tag("benchmark")
class ReanchoringBenchmark {

  @Test
  void outcomes_false_anchors_and_time_per_document() {
    EditedVersions data = EditedVersions.fromSharedData();
    List<DocumentCase> tuning = data.part(2, 0).documents(50, 10L);
    System.out.println("Threshold sweep on the tuning half (50 documents, seed 10):");
    for (double threshold : new double[] {0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95}) {
      print(
          String.format(Locale.ROOT, "  threshold %.2f", threshold),
          ReanchoringEvaluation.run(tuning, threshold));
    }
    List<DocumentCase> report = data.part(2, 1).documents(50, ReanchoringGeneratedTest.SEED);
    ReanchoringEvaluation.run(report, Reanchoring.DEFAULT_THRESHOLD);
    Tally tally = ReanchoringEvaluation.run(report, Reanchoring.DEFAULT_THRESHOLD);
    double meanLength = report.stream().mapToInt(d -> d.oldText().length()).average().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "Reported half (50 documents, seed %d, mean old text %.0f chars, threshold %.2f):%n",
        ReanchoringGeneratedTest.SEED,
        meanLength,
        Reanchoring.DEFAULT_THRESHOLD);
    print("  result", tally);
  }

  private static void print(String label, Tally t) {
    System.out.printf(
        Locale.ROOT,
        "%s: claims %d, kept %.1f%%, moved %.1f%%, fuzzy %.1f%%, orphaned %.1f%%"
            + " (removed %d, of which orphaned %d; surviving but orphaned %d),"
            + " exact place %d; unchanged quotes %d, kept or moved %d; changed quotes %d, fuzzy %d;"
            + " false anchors %d, %.2f ms per document%n",
        label,
        t.claims(),
        100 * t.share(Outcome.KEPT),
        100 * t.share(Outcome.MOVED),
        100 * t.share(Outcome.FUZZY),
        100 * t.share(Outcome.ORPHANED),
        t.removed(),
        t.removedOrphaned(),
        t.survivingOrphaned(),
        t.exactPlaces(),
        t.unchangedQuotes(),
        t.unchangedExact(),
        t.changedQuotes(),
        t.changedFuzzy(),
        t.falseAnchors(),
        t.millisPerDocument());
  }
}
