package org.factbench.document.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.factbench.document.DocumentMetadata;

/** Pasted text to import, with what is known about it. */
@Schema(description = "Pasted text to import, with what is known about it")
record NewDocument(
    @Schema(description = "The title; empty: taken from the text's first heading or line")
        String title,
    @Schema(description = "Where the text comes from", example = "https://example.org/briefing")
        String originUrl,
    String outlet,
    @Schema(description = "Who speaks, as free text") String speakers,
    @Schema(description = "ISO-8601 date", example = "2026-01-31") LocalDate publishedOn,
    @Schema(description = "Language code; default en", example = "en") String language,
    @Schema(
            description =
                "The text: plain, Markdown or HTML source (converted to text); time marks such"
                    + " as 00:22 at the start of lines are recognised",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String text) {

  DocumentMetadata metadata() {
    return new DocumentMetadata(title, originUrl, outlet, speakers, publishedOn, language);
  }
}
