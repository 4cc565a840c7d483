package org.factbench.matching;

import java.util.List;

/**
 * The answer to a similar-claims lookup.
 *
 * @param hits best first
 * @param lexicalOnly the text could not be compared by meaning (the sentence model is still
 *     loading, or failed): BM25 alone found and the lexical weights scored the hits
 * @param pendingVectors passages of the workspace still waiting for their vector: BM25 finds them,
 *     the lexical weights score them, and their reasons have no "meaning ... alike"
 */
public record SimilarClaimsFound(List<SimilarClaim> hits, boolean lexicalOnly, int pendingVectors) {

  /** Whether anything was compared by words alone. */
  public boolean partlyLexical() {
    return lexicalOnly || pendingVectors > 0;
  }
}
