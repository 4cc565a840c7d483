package org.factbench.workspace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/workspaces}: the caller's workspaces and their members; installation admins
 * create, rename, archive and unarchive workspaces, and workspace admins add, change and remove
 * members. The services decide access; API tokens are still created in the UI only.
 */
@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(name = "Workspaces", description = "Workspaces and their members")
class WorkspaceController {

  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final WorkspaceService workspaces;

  WorkspaceController(WorkspaceService workspaces) {
    this.workspaces = workspaces;
  }

  @GetMapping
  @Operation(summary = "Your workspaces (every workspace for an installation admin)")
  List<WorkspaceSummary> list() {
    return workspaces.mine();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a workspace (installation admins)",
      description = "The caller becomes its first admin. Answers 201 with its Location.")
  ResponseEntity<WorkspaceSummary> create(@RequestBody NewWorkspaceRequest body) {
    WorkspaceSummary ws = workspaces.create(body.name(), body.description(), body.organisation());
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequestUri()
            .path("/{id}")
            .buildAndExpand(ws.id())
            .toUri();
    return ResponseEntity.created(location).body(ws);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A workspace, with your role there and whether it is archived")
  WorkspaceSummary get(@PathVariable long id) {
    return workspaces.get(id);
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
  @Operation(
      summary = "Rename a workspace or change its description (installation admins)",
      description = "A JSON merge patch: fields left out stay as they are. Archived ones too.")
  WorkspaceSummary update(@PathVariable long id, @RequestBody WorkspaceChanges body) {
    return workspaces.update(id, body.name(), body.description(), body.organisation());
  }

  @PostMapping("/{id}/archive")
  @Operation(
      summary = "Archive a workspace (installation admins)",
      description =
          "Its members keep reading it and exporting reports; every change (claims, documents,"
              + " reviews, members, rating scale) is refused with 403 until it is unarchived.")
  WorkspaceSummary archive(@PathVariable long id) {
    return workspaces.archive(id);
  }

  @PostMapping("/{id}/unarchive")
  @Operation(summary = "Bring an archived workspace back into use (installation admins)")
  WorkspaceSummary unarchive(@PathVariable long id) {
    return workspaces.unarchive(id);
  }

  @PutMapping("/{id}/public-url-template")
  @Operation(
      summary = "Set where the workspace publishes its fact-checks (its admins)",
      description =
          "An http(s) address with {id} where the claim's number goes, e.g."
              + " https://factcheck.example.org/claims/{id}; empty for none. The ClaimReview export"
              + " uses it for claims without a published address of their own.")
  WorkspaceSummary setPublicUrlTemplate(
      @PathVariable long id, @RequestBody PublicUrlTemplateRequest body) {
    return workspaces.setPublicUrlTemplate(id, body.template());
  }

  @GetMapping("/{id}/members")
  @Operation(summary = "The workspace's members with their roles")
  List<Member> members(@PathVariable long id) {
    return workspaces.members(id);
  }

  @PutMapping("/{id}/members/{username}")
  @Operation(
      summary = "Add a user as a member with a role, or change a member's role (admins)",
      description = "Answers 201 with the member's Location when added, 200 when changed.")
  ResponseEntity<Member> putMember(
      @PathVariable long id, @PathVariable String username, @RequestBody MemberRequest body) {
    WorkspaceService.MemberPut put = workspaces.putMember(id, username, body.role());
    return put.added()
        ? ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
            .body(put.member())
        : ResponseEntity.ok(put.member());
  }

  @DeleteMapping("/{id}/members/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a member (admins); the last admin stays")
  void removeMember(@PathVariable long id, @PathVariable String username) {
    workspaces.removeMember(id, username);
  }
}
