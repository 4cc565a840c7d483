package org.factbench.claim;

/**
 * A source was added to a claim (published inside the adding transaction, after the history's own
 * event). Modules that keep something per cited page, such as archived snapshots, learn of new
 * sources from it; {@code passage} is the quoted passage, possibly empty.
 */
public record SourceAdded(
    long workspaceId, long claimId, long sourceId, String url, String passage, long actorId) {}
