package org.factbench.assist.retrieval;

import java.util.List;

/**
 * The answer to a lookup.
 *
 * @param hits best first
 * @param lexicalOnly true when the text could not be embedded (no embedder, or it failed), so only
 *     BM25 ranked the passages; passages whose vectors are still pending are found by BM25 either
 *     way
 * @param query the text as looked up, after {@link QueryText#clean}
 */
public record Matches(List<Match> hits, boolean lexicalOnly, String query) {}
