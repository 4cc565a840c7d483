package org.factbench.claim;

import java.time.Instant;

/** An open dispute: the position under dispute and the disputing reviewer's, side by side. */
public record DisputeView(
    long id,
    long openedBy,
    String openedByName,
    Instant openedAt,
    Verdict originalVerdict,
    String originalRationale,
    Long originalBy,
    String originalByName,
    Verdict proposedVerdict,
    String reason) {}
