package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.api.ApiPage;
import org.factbench.base.api.Paging;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Evidence;
import org.factbench.claim.NoteService;
import org.factbench.claim.NoteView;
import org.factbench.claim.SourceService;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/workspaces/{workspaceId}/claims}: the claims list with the grid's filters, a
 * claim's detail, creating, editing and deleting claims, their sources and notes. A thin mapping
 * onto the claim module's services, which decide access.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/claims")
@Tag(name = "Claims", description = "Claims, their sources and notes, and the review workflow")
class ClaimController {

  /** What the list sorts by, as the claims grid does. */
  static final Set<String> SORTABLE =
      Set.of("updatedAt", "id", "status", "wording", "verdict", "claimant", "documentTitle");

  private final ClaimService claims;
  private final ClaimQueries queries;
  private final SourceService sources;
  private final NoteService notes;

  ClaimController(
      ClaimService claims, ClaimQueries queries, SourceService sources, NoteService notes) {
    this.claims = claims;
    this.queries = queries;
    this.sources = sources;
    this.notes = notes;
  }

  // ----------------------------------------------------------------------------------------------
  // claims

  @GetMapping
  @Operation(summary = "The claims list, filtered and sorted like the claims grid")
  ApiPage<ClaimRow> search(
      @PathVariable long workspaceId,
      @RequestParam(required = false) ClaimStatus status,
      @Parameter(description = "The verdict: an id from GET .../ratings")
          @RequestParam(required = false)
          Long ratingId,
      @Parameter(description = "The claimant's name, exactly (any case)")
          @RequestParam(required = false)
          String claimant,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Long assigneeId,
      @RequestParam(required = false) Long documentId,
      @Parameter(description = "Full-text search over wording, quote and rationale")
          @RequestParam(required = false)
          String q,
      @Parameter(
              description =
                  "property[,asc|desc], repeatable; properties: updatedAt, id, status, wording,"
                      + " verdict, claimant, documentTitle. Default updatedAt,desc",
              example = "updatedAt,desc")
          @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = "From 0") @RequestParam(required = false) Integer page,
      @Parameter(description = "Default 50, at most 200") @RequestParam(required = false)
          Integer size) {
    ClaimFilter filter =
        new ClaimFilter(status, ratingId, claimant, tag, assigneeId, documentId, q);
    return ApiPage.of(queries.search(workspaceId, filter, Paging.of(page, size, sort(sort))));
  }

  @GetMapping("/{claimId}")
  @Operation(
      summary = "A claim with its sources, notes, review state and version",
      description = "Viewers read published claims only, without notes; other claims answer 403.")
  ClaimDetail get(@PathVariable long workspaceId, @PathVariable long claimId) {
    return queries.detail(workspaceId, claimId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a claim from a span of a document or by hand (editors)")
  ResponseEntity<ClaimDetail> create(
      @PathVariable long workspaceId, @RequestBody NewClaimRequest body) {
    ClaimDetail claim = claims.create(workspaceId, body.toNewClaim());
    return ResponseEntity.created(location(claim.id())).body(claim);
  }

  @PutMapping("/{claimId}")
  @Operation(summary = "Replace a claim's editable fields, from the version read (editors)")
  ClaimDetail update(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @Valid @RequestBody ClaimUpdate body) {
    return claims.update(workspaceId, claimId, body.toEdit());
  }

  @PutMapping("/{claimId}/published-url")
  @Operation(
      summary = "Set the address of the claim's public fact-check (editors)",
      description =
          "ClaimReview points readers to it; without one, the workspace's public URL template is"
              + " used.")
  ClaimDetail publishedUrl(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @RequestBody PublishedUrlRequest body) {
    return claims.setPublishedUrl(workspaceId, claimId, body.url());
  }

  @DeleteMapping("/{claimId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a claim (softly; an admin can restore it) (editors)")
  ResponseEntity<Void> delete(@PathVariable long workspaceId, @PathVariable long claimId) {
    claims.delete(workspaceId, claimId);
    return ResponseEntity.noContent().build();
  }

  // ----------------------------------------------------------------------------------------------
  // sources

  @GetMapping("/{claimId}/sources")
  @Operation(summary = "A claim's sources")
  List<Evidence> sources(@PathVariable long workspaceId, @PathVariable long claimId) {
    return queries.detail(workspaceId, claimId).sources();
  }

  @GetMapping("/{claimId}/sources/{sourceId}")
  @Operation(summary = "One source of a claim")
  Evidence source(
      @PathVariable long workspaceId, @PathVariable long claimId, @PathVariable long sourceId) {
    return queries.detail(workspaceId, claimId).sources().stream()
        .filter(s -> s.id() == sourceId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The source"));
  }

  @PostMapping("/{claimId}/sources")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a source to a claim (editors)")
  ResponseEntity<Evidence> addSource(
      @PathVariable long workspaceId, @PathVariable long claimId, @RequestBody SourceRequest body) {
    Evidence source = sources.addSource(workspaceId, claimId, body.toInput());
    return ResponseEntity.created(location(source.id())).body(source);
  }

  @DeleteMapping("/{claimId}/sources/{sourceId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a source from a claim (editors)")
  ResponseEntity<Void> removeSource(
      @PathVariable long workspaceId, @PathVariable long claimId, @PathVariable long sourceId) {
    sources.removeSource(workspaceId, claimId, sourceId);
    return ResponseEntity.noContent().build();
  }

  // ----------------------------------------------------------------------------------------------
  // notes

  @GetMapping("/{claimId}/notes")
  @Operation(summary = "A claim's internal notes, oldest first (not for viewers)")
  List<NoteView> notes(@PathVariable long workspaceId, @PathVariable long claimId) {
    return queries.notes(workspaceId, claimId);
  }

  @GetMapping("/{claimId}/notes/{noteId}")
  @Operation(summary = "One note of a claim")
  NoteView note(
      @PathVariable long workspaceId, @PathVariable long claimId, @PathVariable long noteId) {
    return queries.notes(workspaceId, claimId).stream()
        .filter(n -> n.id() == noteId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The note"));
  }

  @PostMapping("/{claimId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a note to a claim (editors)")
  ResponseEntity<NoteView> addNote(
      @PathVariable long workspaceId, @PathVariable long claimId, @RequestBody NoteRequest body) {
    NoteView note = notes.addNote(workspaceId, claimId, body.body());
    return ResponseEntity.created(location(note.id())).body(note);
  }

  @PutMapping("/{claimId}/notes/{noteId}")
  @Operation(summary = "Edit your own note, from the version read")
  NoteView editNote(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @PathVariable long noteId,
      @Valid @RequestBody NoteEdit body) {
    return notes.editNote(workspaceId, claimId, noteId, body.body(), body.version());
  }

  // ----------------------------------------------------------------------------------------------

  /** {@code property[,asc|desc]}, repeated or in one list: {@code status,asc,updatedAt,desc}. */
  static Sort sort(List<String> raw) {
    if (raw == null) {
      return Sort.unsorted();
    }
    List<String> tokens = new ArrayList<>();
    raw.forEach(r -> tokens.addAll(List.of(r.split(","))));
    List<Sort.Order> orders = new ArrayList<>();
    for (String t : tokens) {
      String token = t.strip();
      if (token.isEmpty()) {
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (lower.equals("asc") || lower.equals("desc")) {
        if (orders.isEmpty()) {
          throw badSort("Name a property before the direction \"" + token + "\".");
        }
        Sort.Order last = orders.removeLast();
        orders.add(last.with(lower.equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC));
      } else if (SORTABLE.contains(token)) {
        orders.add(Sort.Order.asc(token));
      } else {
        throw badSort(
            "Claims cannot be sorted by \""
                + token
                + "\"; use updatedAt, id, status, wording, verdict, claimant or documentTitle.");
      }
    }
    return Sort.by(orders);
  }

  private static ValidationFailedException badSort(String message) {
    return new ValidationFailedException("sort", message);
  }

  private static URI location(long id) {
    return ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}")
        .buildAndExpand(id)
        .toUri();
  }
}
