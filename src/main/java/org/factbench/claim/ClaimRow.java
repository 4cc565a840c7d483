package org.factbench.claim;

import java.time.Instant;
import java.util.List;

/** A claim as the claims grid shows it. */
public record ClaimRow(
    long id,
    String wording,
    String quote,
    ClaimStatus status,
    String verdictLabel,
    String verdictColour,
    String claimant,
    String assignee,
    Long documentId,
    String documentTitle,
    Integer timeSeconds,
    List<String> tags,
    Instant updatedAt,
    String figureCheck,
    Long sameAsId) {}
