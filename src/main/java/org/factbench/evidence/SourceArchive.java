package org.factbench.evidence;

import java.time.Instant;

/**
 * What evidence knows of one cited source: its archived copy ({@code archivedAt}, {@code sha256},
 * status and title; absent until archived), the passage check ({@code passage}, {@code similarity}
 * in percent), the watch ({@code watch} since {@code watchSince}, last checked at {@code
 * lastCheckedAt}), the last attempt that failed ({@code problem}, when the latest snapshot did not
 * succeed) and whether an archive is waiting to be taken ({@code archiveWanted}).
 */
public record SourceArchive(
    long sourceId,
    long claimId,
    String url,
    Long snapshotId,
    Instant archivedAt,
    String sha256,
    Integer httpStatus,
    String title,
    PassageState passage,
    Integer similarity,
    WatchState watch,
    Instant watchSince,
    Instant lastCheckedAt,
    String problem,
    boolean archiveWanted) {

  public boolean archived() {
    return snapshotId != null;
  }
}
