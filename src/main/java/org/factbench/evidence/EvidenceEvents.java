package org.factbench.evidence;

import org.factbench.base.HistoryEvent;

/** The history events of evidence: each names the source and its claim. */
final class EvidenceEvents {

  /** The actor of what the scheduled watch does on its own: no user (history shows "Factbench"). */
  static final long WATCH = 0L;

  private EvidenceEvents() {}

  /** A snapshot of a cited page was taken (or the attempt failed, which {@code after} says). */
  record SourceArchived(long workspaceId, Long claimId, long subjectId, long actorId, String after)
      implements HistoryEvent {
    @Override
    public String subjectType() {
      return "source";
    }

    @Override
    public String action() {
      return "source archived";
    }

    @Override
    public String before() {
      return null;
    }
  }

  /** The passage check of a source changed (the archived copy changed). */
  record PassageStateChanged(
      long workspaceId, Long claimId, long subjectId, long actorId, String before, String after)
      implements HistoryEvent {
    @Override
    public String subjectType() {
      return "source";
    }

    @Override
    public String action() {
      return "passage check";
    }
  }

  /** The watch found a cited page in another state; {@code reason} for a published claim. */
  record SourceWatchStateChanged(
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
      return "source";
    }

    @Override
    public String action() {
      return "source watch";
    }
  }
}
