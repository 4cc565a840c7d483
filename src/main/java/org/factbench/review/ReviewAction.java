package org.factbench.review;

/** A step of the review workflow that a person takes on a claim. */
public enum ReviewAction {
  START_RESEARCH("Start research", "research started"),
  SEND_TO_REVIEW("Send to review", "sent to review"),
  APPROVE("Approve", "approved"),
  RETURN("Return to research", "returned to research"),
  DISPUTE("Dispute", "disputed"),
  PUBLISH("Publish", "published"),
  WITHDRAW("Withdraw", "withdrawn"),
  REOPEN("Reopen", "reopened");

  private final String label;
  private final String pastTense;

  ReviewAction(String label, String pastTense) {
    this.label = label;
    this.pastTense = pastTense;
  }

  /** The button's caption. */
  public String label() {
    return label;
  }

  /** How the history names it: "approved", "returned to research". */
  public String pastTense() {
    return pastTense;
  }
}
