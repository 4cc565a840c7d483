package org.factbench.claim;

/**
 * An entry of a workspace's rating scale: its label, colour and description, and its position (1 is
 * the best rating). Entries off the scale ("Unverifiable", "Not a factual claim") have no numeric
 * rating in ClaimReview.
 */
public record Verdict(
    long id,
    int position,
    String label,
    String colour,
    String description,
    boolean onScale,
    long version) {}
