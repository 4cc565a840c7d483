package org.factbench.document;

import java.util.List;

/**
 * A document's sentences ranked by check-worthiness, best first, with the scoring's state: while
 * {@code state} is QUEUED or SCORING the ranking is that of the previous model ({@code
 * modelVersion}), or empty before the first scoring ends; {@code done} of {@code total} sentences
 * are scored so far.
 */
public record DocumentRanking(
    ScoringStatus.State state,
    int done,
    int total,
    Integer modelVersion,
    List<RankedSentence> sentences) {}
