package org.factbench.evidence;

/**
 * A claim's sources in one line, for the claims list: how many sources it cites, the weakest
 * passage state among them and the most pressing watch state.
 */
public record ClaimEvidence(long claimId, int sources, PassageState passage, WatchState watch) {}
