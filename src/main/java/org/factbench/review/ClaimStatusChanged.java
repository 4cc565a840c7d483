package org.factbench.review;

import org.factbench.base.HistoryEvent;
import org.factbench.claim.ClaimStatus;

/**
 * A claim moved through the review workflow: sent to review, approved, returned, disputed, its
 * dispute resolved, published, withdrawn or reopened. {@code action} names the step in the past
 * tense; {@code reason} is the reviewer's comment when they gave one.
 */
public record ClaimStatusChanged(
    long workspaceId,
    Long claimId,
    long actorId,
    String action,
    ClaimStatus from,
    ClaimStatus to,
    String reason)
    implements HistoryEvent.OfClaim {

  @Override
  public String before() {
    return from.label();
  }

  @Override
  public String after() {
    return to.label();
  }
}
