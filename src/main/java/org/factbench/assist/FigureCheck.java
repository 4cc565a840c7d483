package org.factbench.assist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares the figure a claim states with the reference figures its sources give, and words the
 * disagreement a reader should see ("claim says millions; sources say 180,000-220,000: off by about
 * 10x too high").
 */
public final class FigureCheck {

  /** Figures within 10% of each other agree. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  private FigureCheck() {}

  /**
   * The disagreement between the claim's first figure and its sources' figures, if there is one.
   * Nothing is flagged when the claim has no figure, when no source gives a figure in the claim's
   * unit, or when any source's figure agrees with the claim's (sources may disagree among
   * themselves; one that backs the claim is enough).
   */
  public static Optional<String> check(
      String claimWording, List<String> sourceFigures, double tolerance) {
    Optional<Quantity> claimed = Quantities.find(claimWording).stream().findFirst();
    if (claimed.isEmpty() || claimed.get().centre() <= 0) {
      return Optional.empty();
    }
    Quantity claim = claimed.get();
    List<Quantity> reference =
        sourceFigures.stream()
            .flatMap(f -> Quantities.find(f).stream().limit(1))
            .filter(q -> q.unit().equals(claim.unit()) && q.centre() > 0)
            .toList();
    if (reference.isEmpty() || reference.stream().anyMatch(q -> claim.agreesWith(q, tolerance))) {
      return Optional.empty();
    }
    Quantity closest =
        reference.stream()
            .min(Comparator.comparingDouble(q -> Math.abs(Math.log(claim.centre() / q.centre()))))
            .orElseThrow();
    Optional<String> words = Quantities.disagreement(claim, closest, tolerance);
    if (reference.size() == 1 || words.isEmpty()) {
      return words;
    }
    String all = String.join(", ", reference.stream().map(Quantity::text).distinct().toList());
    return Optional.of(
        words.get().replace("; source says " + closest.text(), "; sources say " + all));
  }
}
