package org.factbench.history;

import java.time.Instant;

/** One line of a timeline: who did what, when (UTC), the value before and after, and why. */
public record HistoryEntry(
    long id,
    Instant at,
    long actorId,
    String actorName,
    String subjectType,
    long subjectId,
    String action,
    String before,
    String after,
    String reason) {}
