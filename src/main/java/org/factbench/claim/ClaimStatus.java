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

  /** The label in English, as the history, the reports and the HTTP API write it. */
  public String label() {
    return label;
  }

  /** The key of the label in the claim bundle, for the user interface. */
  public String labelKey() {
    return switch (this) {
      case NEW -> "claim.status.new";
      case IN_RESEARCH -> "claim.status.in-research";
      case READY_FOR_REVIEW -> "claim.status.ready-for-review";
      case RETURNED -> "claim.status.returned";
      case DISPUTED -> "claim.status.disputed";
      case APPROVED -> "claim.status.approved";
      case PUBLISHED -> "claim.status.published";
      case WITHDRAWN -> "claim.status.withdrawn";
    };
  }

  /**
   * Whether the content a reader will see (wording, claimant, verdict, rationale) is frozen in this
   * status: the claim is under review or decided. Return it to research to change it.
   */
  public boolean locksContent() {
    return this == READY_FOR_REVIEW || this == DISPUTED || this == APPROVED || this == PUBLISHED;
  }
}
