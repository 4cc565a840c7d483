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

  public String label() {
    return label;
  }
}
