package org.factbench.claim;

import java.time.Instant;

/** A claim as the review queue and "my work" list show it. */
public record QueueRow(
    long id,
    String wording,
    ClaimStatus status,
    Instant since,
    String verdictLabel,
    String verdictColour,
    String proposedBy,
    String assignee,
    Long documentId,
    String documentTitle,
    String comment) {}
