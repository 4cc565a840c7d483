package org.factbench.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.factbench.base.api.ApiPage;
import org.factbench.base.api.Paging;
import org.factbench.document.Suggestion;
import org.factbench.document.SuggestionService;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspaceId}/documents/{documentId}/suggestions}: the document's
 * check-worthy sentences, best first, with the reasons for their scores; editors dismiss them or
 * bring them back. A claim created over a suggested sentence accepts it.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/documents/{documentId}/suggestions")
@Tag(name = "Suggestions", description = "Check-worthy sentences suggested in a document")
class SuggestionController {

  private final SuggestionService suggestions;

  SuggestionController(SuggestionService suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping
  @Operation(
      summary = "Suggested sentences, best first",
      description =
          "Each has its span in the document's text (start, end: UTF-16 offsets, end exclusive),"
              + " its score from 0 to 1, the reasons that raised or lowered it, and its state."
              + " To accept one, create a claim over its span (or part of it).")
  ApiPage<Suggestion> list(
      @PathVariable long workspaceId,
      @PathVariable long documentId,
      @Parameter(description = "Also dismissed and accepted ones")
          @RequestParam(defaultValue = "false")
          boolean includeDecided,
      @Parameter(description = "From 0") @RequestParam(required = false) Integer page,
      @Parameter(description = "Default 50, at most 200") @RequestParam(required = false)
          Integer size) {
    return ApiPage.of(
        suggestions.page(
            workspaceId, documentId, includeDecided, Paging.of(page, size, Sort.unsorted())));
  }

  @GetMapping("/{suggestionId}")
  @Operation(summary = "One suggestion")
  Suggestion get(
      @PathVariable long workspaceId,
      @PathVariable long documentId,
      @PathVariable long suggestionId) {
    return suggestions.get(workspaceId, documentId, suggestionId);
  }

  @PostMapping("/{suggestionId}/dismiss")
  @Operation(summary = "Dismiss a suggestion (editors); it stays dismissed")
  Suggestion dismiss(
      @PathVariable long workspaceId,
      @PathVariable long documentId,
      @PathVariable long suggestionId) {
    return suggestions.dismiss(workspaceId, documentId, suggestionId);
  }

  @PostMapping("/{suggestionId}/reopen")
  @Operation(summary = "Bring a dismissed suggestion back (editors)")
  Suggestion reopen(
      @PathVariable long workspaceId,
      @PathVariable long documentId,
      @PathVariable long suggestionId) {
    return suggestions.reopen(workspaceId, documentId, suggestionId);
  }
}
