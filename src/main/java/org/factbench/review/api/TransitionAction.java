package org.factbench.review.api;

import org.factbench.review.ReviewAction;

/**
 * A step of the review workflow over HTTP: every {@link ReviewAction}, and the decision of an open
 * dispute, which is not a step of the workflow's table.
 */
enum TransitionAction {
  START_RESEARCH(ReviewAction.START_RESEARCH),
  SEND_TO_REVIEW(ReviewAction.SEND_TO_REVIEW),
  APPROVE(ReviewAction.APPROVE),
  RETURN(ReviewAction.RETURN),
  DISPUTE(ReviewAction.DISPUTE),
  PUBLISH(ReviewAction.PUBLISH),
  WITHDRAW(ReviewAction.WITHDRAW),
  REOPEN(ReviewAction.REOPEN),
  RESOLVE_DISPUTE(null);

  private final ReviewAction reviewAction;

  TransitionAction(ReviewAction reviewAction) {
    this.reviewAction = reviewAction;
  }

  /** The workflow's action, or {@code null} for {@link #RESOLVE_DISPUTE}. */
  ReviewAction reviewAction() {
    return reviewAction;
  }
}
