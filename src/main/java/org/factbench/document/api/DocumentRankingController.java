package org.factbench.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.DocumentRanking;
import org.factbench.document.SuggestionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/documents/{documentId}/suggestions?limit=N}: the document's sentences ranked by
 * the check-worthiness model, each with its span, speaker, score and explanation; {@code limit} may
 * cover every sentence, so a client can read the full ranking. Sentences are scored in the
 * background after an import: the answer says whether scoring is still running and how far it got,
 * and never waits for it.
 */
@RestController
@Tag(name = "Suggestions")
class DocumentRankingController {

  /** More than any document within the import limit has sentences. */
  static final int MAX_LIMIT = 100_000;

  private final SuggestionService suggestions;

  DocumentRankingController(SuggestionService suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/api/v1/documents/{documentId}/suggestions")
  @Operation(
      summary = "The document's sentences ranked by check-worthiness",
      description =
          "The scoring's state (QUEUED or SCORING while it runs, then DONE; FAILED if it gave"
              + " up), done and total (sentences scored so far in the current run), modelVersion"
              + " (the model the sentences come from; null before the first scoring ends) and"
              + " sentences, best first: start and end (UTF-16 offsets into the document's text,"
              + " end exclusive), text, score (a calibrated probability, 0 to 1), speaker (in"
              + " transcripts) and reasons (the named cues with their signed contributions, and"
              + " the nearest labelled example: \"reads like sentences fact-checkers chose: «…»\")."
              + " While a document is scored for the first time the list is empty; while it is"
              + " re-scored after a model change it holds the previous model's ranking. Dismissals"
              + " do not apply here.")
  DocumentRanking ranking(
      @PathVariable long documentId,
      @Parameter(description = "How many, best first; default 50")
          @RequestParam(defaultValue = "50")
          int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationFailedException(
          "limit", "Ask for between 1 and " + MAX_LIMIT + " sentences.");
    }
    return suggestions.ranking(documentId, limit);
  }
}
