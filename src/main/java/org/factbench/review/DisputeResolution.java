package org.factbench.review;

import org.factbench.base.BundleLabel;

/** How a dispute ends: which position wins, or neither. */
public enum DisputeResolution implements BundleLabel {
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

  @Override
  public String bundlePrefix() {
    return "review.resolution";
  }

  /** The status label the claim ends in. */
  public String outcome() {
    return outcome;
  }
}
