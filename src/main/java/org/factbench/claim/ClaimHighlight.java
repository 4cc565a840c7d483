package org.factbench.claim;

/** A claim's span in a document, with the colour of its verdict (or none), for the reading view. */
public record ClaimHighlight(
    long claimId, int start, int end, String colour, String verdictLabel, String wording) {}
