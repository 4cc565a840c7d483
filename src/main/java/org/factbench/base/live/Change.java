package org.factbench.base.live;

/**
 * Something in a workspace changed and was committed: a claim ({@code claimId}), or, when {@code
 * claimId} is {@code null}, possibly anything (after the feed lost its connection and may have
 * missed announcements).
 */
public record Change(long workspaceId, Long claimId, long actorId) {

  static final String CHANNEL = "factbench_change";

  String payload() {
    return workspaceId + ":" + (claimId == null ? "" : claimId) + ":" + actorId;
  }

  static Change parse(String payload) {
    String[] parts = payload.split(":", -1);
    return new Change(
        Long.parseLong(parts[0]),
        parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
        Long.parseLong(parts[2]));
  }

  /** Whether this change may concern {@code claimId}. */
  public boolean concerns(long claimId) {
    return this.claimId == null || this.claimId == claimId;
  }
}
