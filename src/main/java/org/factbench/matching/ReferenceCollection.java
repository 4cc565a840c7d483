package org.factbench.matching;

import java.time.Instant;

/**
 * A collection of fact-checks published elsewhere, imported read-only into a workspace.
 *
 * @param itemCount its verified claims
 * @param embedded how many of them have their vector: the import's progress
 * @param state IMPORTING until every item has its vector (found by words meanwhile), then READY
 */
public record ReferenceCollection(
    long id,
    long workspaceId,
    String name,
    String publisher,
    Instant createdAt,
    int itemCount,
    int embedded,
    String state) {}
