package org.factbench.claim;

import java.time.LocalDate;

/** A source of a claim as readers see it. */
public record Evidence(
    long id,
    String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    LocalDate accessedOn,
    String passage,
    Stance stance,
    String reliabilityNote,
    String figure,
    LocalDate figureAsOf,
    long version) {}
