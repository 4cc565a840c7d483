package org.factbench.claim;

import org.factbench.base.BundleLabel;

/** Where a claim stands in the team's verification work. */
public enum ClaimStatus implements BundleLabel {
  NEW("New"),
  IN_RESEARCH("In research"),
  READY_FOR_REVIEW("Ready for review"),
  RETURNED("Returned to research"),
  DISPUTED("Disputed"),
  APPROVED("Approved"),
  PUBLISHED("Published"),
  WITHDRAWN("Withdrawn");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  /** The label in English, as the history, the reports and the HTTP API write it. */
  public String label() {
    return label;
  }

  @Override
  public String bundlePrefix() {
    return "claim.status";
  }

  /**
   * Whether the content a reader will see (wording, claimant, verdict, rationale) is frozen in this
   * status: the claim is under review or decided. Return it to research to change it.
   */
  public boolean locksContent() {
    return this == READY_FOR_REVIEW || this == DISPUTED || this == APPROVED || this == PUBLISHED;
  }
}
