package org.factbench.claim;

/** A short reference to another claim, with its state and verdict, for links and lookups. */
public record ClaimLink(
    long id,
    String wording,
    ClaimStatus status,
    String verdictLabel,
    String verdictColour,
    Long documentId,
    String documentTitle) {}
