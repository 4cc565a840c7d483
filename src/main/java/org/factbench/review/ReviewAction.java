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

  /** The button's caption in English, as the service's messages use it. */
  public String label() {
    return label;
  }

  /** The key of the button's caption in the review bundle, for the user interface. */
  public String labelKey() {
    return switch (this) {
      case START_RESEARCH -> "review.action.start-research";
      case SEND_TO_REVIEW -> "review.action.send-to-review";
      case APPROVE -> "review.action.approve";
      case RETURN -> "review.action.return";
      case DISPUTE -> "review.action.dispute";
      case PUBLISH -> "review.action.publish";
      case WITHDRAW -> "review.action.withdraw";
      case REOPEN -> "review.action.reopen";
    };
  }

  /** How the history names it: "approved", "returned to research". */
  public String pastTense() {
    return pastTense;
  }
}
