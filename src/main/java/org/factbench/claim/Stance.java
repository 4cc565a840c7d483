package org.factbench.claim;

/** What a source does for a claim. */
public enum Stance {
  SUPPORTS("Supports"),
  REFUTES("Refutes"),
  CONTEXT("Gives context");

  private final String label;

  Stance(String label) {
    this.label = label;
  }

  /** The label in English, as the reports and the HTTP API write it. */
  public String label() {
    return label;
  }

  /** The key of the label in the claim bundle, for the user interface. */
  public String labelKey() {
    return switch (this) {
      case SUPPORTS -> "claim.stance.supports";
      case REFUTES -> "claim.stance.refutes";
      case CONTEXT -> "claim.stance.context";
    };
  }
}
