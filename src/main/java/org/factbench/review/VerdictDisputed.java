package org.factbench.review;

import org.factbench.base.HistoryEvent;

/**
 * A reviewer disputed a claim's verdict: {@code before} is the verdict under dispute, {@code after}
 * the reviewer's own, {@code reason} why.
 */
public record VerdictDisputed(
    long workspaceId,
    Long claimId,
    long subjectId,
    long actorId,
    String before,
    String after,
    String reason)
    implements HistoryEvent {

  @Override
  public String subjectType() {
    return "dispute";
  }

  @Override
  public String action() {
    return "verdict disputed";
  }
}
