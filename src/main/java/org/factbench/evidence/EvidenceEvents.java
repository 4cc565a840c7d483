package org.factbench.evidence;

import org.factbench.base.HistoryEvent;

/** The history events of evidence: each names the source and its claim. */
final class EvidenceEvents {

  /** The actor of what the scheduled watch does on its own: no user (history shows "Factbench"). */
  static final long WATCH = 0L;

  private EvidenceEvents() {}

  /** Something the archive or the watch found about a source; {@code action} says what. */
  record SourceChecked(
      long workspaceId,
      Long claimId,
      long subjectId,
      long actorId,
      String action,
      String before,
      String after,
      String reason)
      implements HistoryEvent {
    @Override
    public String subjectType() {
      return "source";
    }
  }

  /** A snapshot of a cited page was taken (or the attempt failed, which {@code after} says). */
  static SourceChecked sourceArchived(
      long workspaceId, Long claimId, long sourceId, long actorId, String after) {
    return new SourceChecked(
        workspaceId, claimId, sourceId, actorId, "source archived", null, after, null);
  }

  /** The passage check of a source changed (the archived copy changed). */
  static SourceChecked passageStateChanged(
      long workspaceId, Long claimId, long sourceId, long actorId, String before, String after) {
    return new SourceChecked(
        workspaceId, claimId, sourceId, actorId, "passage check", before, after, null);
  }

  /** The watch found a cited page in another state; {@code reason} for a published claim. */
  static SourceChecked watchStateChanged(
      long workspaceId,
      Long claimId,
      long sourceId,
      long actorId,
      String before,
      String after,
      String reason) {
    return new SourceChecked(
        workspaceId, claimId, sourceId, actorId, "source watch", before, after, reason);
  }
}
