package org.factbench.claim;

/** A source was removed from a claim (published inside the removing transaction). */
public record SourceRemoved(
    long workspaceId, long claimId, long sourceId, String url, long actorId) {}
