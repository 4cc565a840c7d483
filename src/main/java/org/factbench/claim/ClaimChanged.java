package org.factbench.claim;

import org.factbench.base.HistoryEvent;

/**
 * Something about a claim changed: its wording, status, claimant, tags, sources, notes, or it was
 * deleted.
 */
public record ClaimChanged(
    long workspaceId,
    Long claimId,
    String subjectType,
    long subjectId,
    long actorId,
    String action,
    String before,
    String after,
    String reason)
    implements HistoryEvent {

  static ClaimChanged of(Claim c, long actor, String action, Object before, Object after) {
    return of(c.getWorkspaceId(), c.getId(), actor, action, before, after);
  }

  /** A change of the claim {@code claimId} itself (not of one of its sources or notes). */
  static ClaimChanged of(
      long workspaceId, long claimId, long actor, String action, Object before, Object after) {
    return new ClaimChanged(
        workspaceId, claimId, "claim", claimId, actor, action, str(before), str(after), null);
  }

  static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
