package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.factbench.claim.NewClaim;

/** A claim to create: from a span of a document, or by hand. */
@Schema(
    description =
        "A claim to create. From a document: documentId, start, end and the quote (the text of"
            + " the span, which must match); wording defaults to the quote. By hand: wording only.")
record NewClaimRequest(
    Long documentId,
    @Schema(description = "Start of the span, in UTF-16 characters of the document's text")
        Integer start,
    @Schema(description = "End of the span (exclusive)") Integer end,
    @Schema(description = "The document's text from start to end") String quote,
    @Schema(description = "The claim as it will be checked") String wording,
    String claimant,
    List<String> tags) {

  NewClaim toNewClaim() {
    return new NewClaim(documentId, start, end, quote, wording, claimant, tags);
  }
}
