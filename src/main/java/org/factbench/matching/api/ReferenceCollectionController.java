package org.factbench.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.factbench.matching.ReferenceCollection;
import org.factbench.matching.ReferenceCollections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference collections of a workspace: fact-checks published elsewhere, which similar-claims
 * lookups find beside the workspace's claims.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/reference-collections")
@Tag(name = "Reference collections")
class ReferenceCollectionController {

  private final ReferenceCollections collections;

  ReferenceCollectionController(ReferenceCollections collections) {
    this.collections = collections;
  }

  @PostMapping
  @Operation(
      summary = "Import a collection of published fact-checks (editors)",
      description =
          "The body is the collection itself: schema.org ClaimReview JSON-LD (an array, as the"
              + " ClaimReview export writes it, or a web page with <script"
              + " type=\"application/ld+json\"> items), or CSV/TSV whose first row names the"
              + " columns claim (required), title, publisher, url, rating, date. UTF-8, at most"
              + " 50 MB. The whole file is checked first; a refusal stores nothing. Answers 202:"
              + " the items are found by words at once and by meaning once embedded (state"
              + " IMPORTING, progress in `embedded`, then READY).")
  ResponseEntity<ReferenceCollection> importCollection(
      @PathVariable long workspaceId,
      @Parameter(description = "The collection's name") @RequestParam String name,
      @Parameter(description = "Who published the fact-checks, for items that do not say")
          @RequestParam(defaultValue = "")
          String publisher,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestBody byte[] body) {
    ReferenceCollection made =
        collections.importFile(workspaceId, name, publisher, body, contentType);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(
            URI.create("/api/v1/workspaces/" + workspaceId + "/reference-collections/" + made.id()))
        .body(made);
  }

  @GetMapping
  @Operation(summary = "The workspace's reference collections with their import progress")
  List<ReferenceCollection> list(@PathVariable long workspaceId) {
    return collections.list(workspaceId);
  }

  @GetMapping("/{collectionId}")
  @Operation(summary = "One reference collection with its import progress")
  ReferenceCollection get(@PathVariable long workspaceId, @PathVariable long collectionId) {
    return collections.get(workspaceId, collectionId);
  }

  @DeleteMapping("/{collectionId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a reference collection and its items (editors)")
  void delete(@PathVariable long workspaceId, @PathVariable long collectionId) {
    collections.delete(workspaceId, collectionId);
  }
}
