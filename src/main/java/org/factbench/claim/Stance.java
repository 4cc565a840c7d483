package org.factbench.claim;

import org.factbench.base.BundleLabel;

/** What a source does for a claim. */
public enum Stance implements BundleLabel {
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

  @Override
  public String bundlePrefix() {
    return "claim.stance";
  }
}
