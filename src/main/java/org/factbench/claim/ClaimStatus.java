package org.factbench.claim;

/** Where a claim stands in the team's verification work. */
public enum ClaimStatus {
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

  public String label() {
    return label;
  }

  /**
   * Whether the content a reader will see (wording, claimant, verdict, rationale) is frozen in this
   * status: the claim is under review or decided. Return it to research to change it.
   */
  public boolean locksContent() {
    return this == READY_FOR_REVIEW || this == DISPUTED || this == APPROVED || this == PUBLISHED;
  }
}
