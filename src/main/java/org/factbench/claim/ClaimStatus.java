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
}
