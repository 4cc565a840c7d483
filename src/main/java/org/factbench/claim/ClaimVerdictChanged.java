package org.factbench.claim;

import org.factbench.base.HistoryEvent;

/** A claim's verdict changed (proposed, replaced or cleared). */
public record ClaimVerdictChanged(
    long workspaceId, Long claimId, long actorId, String before, String after)
    implements HistoryEvent.OfClaim {

  @Override
  public String action() {
    return "verdict changed";
  }
}
