package org.factbench.evidence;

import java.time.Instant;

/**
 * One snapshot of a cited page: an archive (on citation or "archive again") or a check of the watch
 * that found something new. {@code outcome} is how the fetch ended ({@code OK}, {@code GONE},
 * {@code TIMEOUT}, ...) and {@code message} why, when it did not succeed; {@code sha256} is the
 * body's hash, {@code textLength} the length of the text extracted from it (both absent without a
 * body).
 */
public record SnapshotView(
    long id,
    long sourceId,
    String kind,
    String requestedUrl,
    String finalUrl,
    int httpStatus,
    Instant fetchedAt,
    String contentType,
    String sha256,
    String title,
    String outcome,
    String message,
    Integer textLength) {

  public boolean archived() {
    return sha256 != null && "OK".equals(outcome);
  }
}
