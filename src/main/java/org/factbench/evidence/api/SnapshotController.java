package org.factbench.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.factbench.base.api.ApiPage;
import org.factbench.base.api.Paging;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.SnapshotView;
import org.factbench.evidence.SourceArchive;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspaceId}/claims/{claimId}/sources/{sourceId}/snapshots}: a
 * source's archived snapshots, "archive again", and a snapshot's archived text. The evidence
 * module's service decides access, as for sources.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/claims/{claimId}/sources/{sourceId}")
@Tag(name = "Evidence snapshots", description = "Archived copies of the pages sources cite")
class SnapshotController {

  private final SnapshotService snapshots;

  SnapshotController(SnapshotService snapshots) {
    this.snapshots = snapshots;
  }

  @GetMapping("/snapshots")
  @Operation(summary = "A source's snapshots, newest first")
  ApiPage<SnapshotView> list(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @PathVariable long sourceId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.of(
        snapshots.snapshots(
            workspaceId, claimId, sourceId, Paging.of(page, size, Sort.unsorted())));
  }

  @GetMapping("/archive")
  @Operation(
      summary =
          "The source's archived copy, passage check and watch state (archived time, SHA-256,"
              + " passage found / differs slightly / not found, unchanged / changed / gone)")
  SourceArchive archive(
      @PathVariable long workspaceId, @PathVariable long claimId, @PathVariable long sourceId) {
    return snapshots.archive(workspaceId, claimId, sourceId);
  }

  @PostMapping("/snapshots")
  @Operation(
      summary =
          "Archive the source again (editors): answered 202 at once, the snapshot is taken in the"
              + " background; the old snapshots stay")
  ResponseEntity<SourceArchive> archiveAgain(
      @PathVariable long workspaceId, @PathVariable long claimId, @PathVariable long sourceId) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(snapshots.archiveAgain(workspaceId, claimId, sourceId));
  }

  @GetMapping(
      value = "/snapshots/{snapshotId}/text",
      produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
  @Operation(summary = "The text archived in a snapshot, as extracted from its body")
  String text(
      @PathVariable long workspaceId,
      @PathVariable long claimId,
      @PathVariable long sourceId,
      @PathVariable long snapshotId) {
    return snapshots.text(workspaceId, claimId, sourceId, snapshotId).text();
  }
}
