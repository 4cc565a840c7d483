package org.factbench.claim.panel;

import com.vaadin.flow.component.HasValue;
import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.workspace.Member;

/** What a section knows of the panel it is in, and what it may ask of it. */
public final class PanelContext {

  private final ClaimPanel panel;
  private final long workspaceId;
  private final Role role;
  private final List<Verdict> scale;
  private final List<Member> members;

  PanelContext(
      ClaimPanel panel, long workspaceId, Role role, List<Verdict> scale, List<Member> members) {
    this.panel = panel;
    this.workspaceId = workspaceId;
    this.role = role;
    this.scale = scale;
    this.members = members;
  }

  public long workspaceId() {
    return workspaceId;
  }

  /** Whether the user may change the claim (editors, reviewers and admins). */
  public boolean canEdit() {
    return role.includes(Role.EDITOR);
  }

  /** The workspace's rating scale. */
  public List<Verdict> scale() {
    return scale;
  }

  public List<Member> members() {
    return members;
  }

  /** The claim as the panel shows it now. */
  public ClaimDetail claim() {
    return panel.claim();
  }

  /** Shows the claim after a step the user took, and tells the view around the panel. */
  public void stepTaken(ClaimDetail after) {
    panel.stepTaken(after);
  }

  /** Reads the claim again and shows it. */
  public void refresh() {
    panel.refresh();
  }

  /** Runs a change, then shows the claim as it is now; a refusal is shown as a message. */
  public void run(Runnable change) {
    try {
      change.run();
      refresh();
    } catch (RuntimeException e) {
      error(e);
    }
  }

  /** Shows a refusal or failure as a message the user can act on. */
  public void error(RuntimeException e) {
    PanelParts.error(e);
  }

  /** Marks a field whose typed value a live update must not wipe. */
  public void keepsInput(HasValue<?, ?> field) {
    panel.keepsInput(field);
  }
}
