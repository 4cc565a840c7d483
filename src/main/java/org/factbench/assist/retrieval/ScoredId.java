package org.factbench.assist.retrieval;

/** One ranker's hit: a passage id and the ranker's own score (higher is better). */
public record ScoredId(long id, double score) {}
