package org.factbench.review;

/** How a dispute ends: which position wins, or neither. */
public enum DisputeResolution {
  /** The proposed verdict stands; the claim is approved with it. */
  UPHELD("Uphold the proposed verdict", "Approved"),
  /** The disputing reviewer's verdict replaces it; the claim is approved with that. */
  ADOPTED("Adopt the disputed verdict", "Approved"),
  /** Neither is good enough yet: the claim goes back to research. */
  RETURNED("Return to research", "Returned to research");

  private final String label;
  private final String outcome;

  DisputeResolution(String label, String outcome) {
    this.label = label;
    this.outcome = outcome;
  }

  /** The label in English, as the history writes it. */
  public String label() {
    return label;
  }

  /** The key of the label in the review bundle, for the user interface. */
  public String labelKey() {
    return switch (this) {
      case UPHELD -> "review.resolution.upheld";
      case ADOPTED -> "review.resolution.adopted";
      case RETURNED -> "review.resolution.returned";
    };
  }

  /** The status label the claim ends in. */
  public String outcome() {
    return outcome;
  }
}
