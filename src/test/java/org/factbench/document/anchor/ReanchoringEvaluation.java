package org.factbench.document.anchor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.document.anchor.EditedVersions.ClaimCase;
import org.factbench.document.anchor.EditedVersions.DocumentCase;
import org.factbench.document.anchor.Reanchoring.Outcome;
import org.factbench.document.anchor.Reanchoring.Placement;

/**
 * Re-anchors every claim of generated documents and counts the outcomes against the truth.
 *
 * <p>A <em>false anchor</em> is a claim that was placed although its text was removed, or placed on
 * a stretch that covers less than half of its true place, or on text whose similarity to the old
 * quote (1 - Levenshtein distance / quote length, computed here independently) is below the
 * threshold.
 */
final class ReanchoringEvaluation {

  /** The counts over a set of documents. */
  record Tally(
      Map<Outcome, Integer> outcomes,
      int claims,
      int removed,
      int removedOrphaned,
      int falseAnchors,
      int exactPlaces,
      int survivingOrphaned,
      int unchangedQuotes,
      int unchangedExact,
      int changedQuotes,
      int changedFuzzy,
      long nanos,
      int documents,
      List<String> falseAnchorDetails) {

    double share(Outcome outcome) {
      return claims == 0 ? 0 : (double) outcomes.get(outcome) / claims;
    }

    double millisPerDocument() {
      return nanos / 1e6 / documents;
    }
  }

  private ReanchoringEvaluation() {}

  static Tally run(List<DocumentCase> documents, double threshold) {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, 0);
    }
    int claims = 0;
    int removed = 0;
    int removedOrphaned = 0;
    int falseAnchors = 0;
    int exact = 0;
    int survivingOrphaned = 0;
    int unchanged = 0;
    int unchangedExact = 0;
    int changed = 0;
    int changedFuzzy = 0;
    long nanos = 0;
    List<String> details = new ArrayList<>();
    for (DocumentCase doc : documents) {
      long begin = System.nanoTime();
      Reanchoring reanchoring = Reanchoring.between(doc.oldText(), doc.newText(), threshold);
      Placement[] placements = new Placement[doc.claims().size()];
      for (int c = 0; c < placements.length; c++) {
        placements[c] = reanchoring.place(doc.claims().get(c).anchor());
      }
      nanos += System.nanoTime() - begin;
      for (int c = 0; c < placements.length; c++) {
        ClaimCase truth = doc.claims().get(c);
        Placement p = placements[c];
        claims++;
        outcomes.merge(p.outcome(), 1, Integer::sum);
        if (truth.removed()) {
          removed++;
          removedOrphaned += p.placed() ? 0 : 1;
        } else {
          survivingOrphaned += p.placed() ? 0 : 1;
          boolean same = truth.trueQuote(doc.newText()).equals(truth.anchor().quote());
          boolean exactly = p.outcome() == Outcome.KEPT || p.outcome() == Outcome.MOVED;
          unchanged += same ? 1 : 0;
          unchangedExact += same && exactly ? 1 : 0;
          changed += same ? 0 : 1;
          changedFuzzy += !same && p.outcome() == Outcome.FUZZY ? 1 : 0;
        }
        if (isFalseAnchor(truth, p, doc.newText(), threshold)) {
          falseAnchors++;
          details.add(
              "%s %s: old \"%s\", landed \"%s\", truth %s"
                  .formatted(
                      p.outcome(),
                      truth.anchor(),
                      truth.anchor().quote(),
                      p.quote(),
                      truth.removed() ? "removed" : truth.trueQuote(doc.newText())));
        }
        if (!truth.removed() && p.start() == truth.trueStart() && p.end() == truth.trueEnd()) {
          exact++;
        }
      }
    }
    return new Tally(
        outcomes,
        claims,
        removed,
        removedOrphaned,
        falseAnchors,
        exact,
        survivingOrphaned,
        unchanged,
        unchangedExact,
        changed,
        changedFuzzy,
        nanos,
        documents.size(),
        details);
  }

  static boolean isFalseAnchor(ClaimCase truth, Placement p, String newText, double threshold) {
    if (!p.placed()) {
      return false;
    }
    if (truth.removed()) {
      return true;
    }
    int overlap = Math.min(p.end(), truth.trueEnd()) - Math.max(p.start(), truth.trueStart());
    if (overlap * 2 < truth.trueEnd() - truth.trueStart()) {
      return true;
    }
    String quote = truth.anchor().quote();
    String landed = newText.substring(p.start(), p.end());
    return 1.0 - (double) levenshtein(quote, landed) / quote.length() < threshold - 1e-9;
  }

  /** The plain edit distance of two strings (insertions, deletions, substitutions). */
  static int levenshtein(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int up = row[j];
        row[j] =
            Math.min(
                Math.min(row[j] + 1, row[j - 1] + 1),
                diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = up;
      }
    }
    return row[b.length()];
  }
}
