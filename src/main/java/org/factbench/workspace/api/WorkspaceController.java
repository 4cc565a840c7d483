package org.factbench.workspace.api;

import java.util.List;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces}: the caller's workspaces and their members; the services decide
 * access.
 */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceController {

  private final WorkspaceService workspaces;

  WorkspaceController(WorkspaceService workspaces) {
    this.workspaces = workspaces;
  }

  @GetMapping
  List<WorkspaceSummary> list() {
    return workspaces.mine();
  }

  @GetMapping("/{id}")
  WorkspaceSummary get(@PathVariable long id) {
    return workspaces.get(id);
  }

  @GetMapping("/{id}/members")
  List<Member> members(@PathVariable long id) {
    return workspaces.members(id);
  }
}
