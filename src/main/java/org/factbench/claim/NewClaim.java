package org.factbench.claim;

import java.util.List;

/**
 * A claim to create: with a span of a document ({@code documentId}, {@code start}, {@code end} and
 * the {@code quote} the user selected), or by hand without one.
 */
public record NewClaim(
    Long documentId,
    Integer start,
    Integer end,
    String quote,
    String wording,
    String claimant,
    List<String> tags) {

  public static NewClaim byHand(String wording) {
    return new NewClaim(null, null, null, null, wording, null, List.of());
  }

  public static NewClaim fromSelection(long documentId, int start, int end, String quote) {
    return new NewClaim(documentId, start, end, quote, quote, null, List.of());
  }
}
