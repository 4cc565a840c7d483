package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.factbench.claim.SourceInput;
import org.factbench.claim.Stance;

/** A source to add to a claim. */
@Schema(description = "A source of a claim")
record SourceRequest(
    @Schema(
            description = "An absolute http or https address",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String url,
    String title,
    String publisher,
    @Schema(description = "ISO-8601 date") LocalDate publishedOn,
    @Schema(description = "ISO-8601 date") LocalDate accessedOn,
    @Schema(description = "The passage quoted from the source") String passage,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Stance stance,
    String reliabilityNote,
    @Schema(description = "The value or range the source gives", example = "6.3% of GDP")
        String figure,
    @Schema(description = "The date the figure is for (ISO-8601)") LocalDate figureAsOf) {

  SourceInput toInput() {
    return new SourceInput(
        url,
        title,
        publisher,
        publishedOn,
        accessedOn,
        passage,
        stance,
        reliabilityNote,
        figure,
        figureAsOf);
  }
}
