package org.factbench.review;

import org.factbench.base.BundleLabel;

/** A step of the review workflow that a person takes on a claim. */
public enum ReviewAction implements BundleLabel {
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

  @Override
  public String bundlePrefix() {
    return "review.action";
  }

  /** How the history names it: "approved", "returned to research". */
  public String pastTense() {
    return pastTense;
  }
}
