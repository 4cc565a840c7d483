package org.factbench.assist;

import java.util.List;

/**
 * The evidence of one sentence while {@link Cues} observes it: the label of each feature found, by
 * ordinal; the first label of a kind wins.
 */
final class CueEvidence {

  /** Figures of each kind listed in a label at most. */
  static final int MAX_FIGURES_LISTED = 3;

  final String[] labels = new String[Feature.values().length];

  void add(Feature feature, String label) {
    if (labels[feature.ordinal()] == null) {
      labels[feature.ordinal()] = label;
    }
  }

  void first(Feature feature, Lexicon cues, Words w) {
    int[] found = cues.find(w);
    if (found != null) {
      add(feature, feature.label() + ": " + w.span(found[0], found[1]));
    }
  }

  void all(Feature feature, List<String> found) {
    if (found.isEmpty()) {
      return;
    }
    add(
        feature,
        feature.label()
            + ": "
            + String.join(
                ", ",
                found.stream()
                    .map(CueEvidence::clean)
                    .distinct()
                    .limit(MAX_FIGURES_LISTED)
                    .toList()));
  }

  static String clean(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
