package org.factbench.claim.panel;

import com.vaadin.flow.component.UI;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.workspace.WorkspaceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For browserless tests of one claim-panel section on its own: a claim of the demo workspace, and a
 * panel that holds only the claim's form and the section under test.
 */
@Component
public class PanelTestSupport {

  private final JdbcClient jdbc;
  private final SystemTasks system;
  private final ClaimService claims;
  private final ClaimPanels panels;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final ReviewService review;

  PanelTestSupport(
      JdbcClient jdbc,
      SystemTasks system,
      ClaimService claims,
      ClaimPanels panels,
      RatingScale ratings,
      WorkspaceService workspaces,
      ReviewService review) {
    this.jdbc = jdbc;
    this.system = system;
    this.claims = claims;
    this.panels = panels;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.review = review;
  }

  /** The demo workspace's id. */
  public long demoWorkspace() {
    return jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
        .query(Long.class)
        .single();
  }

  /** A new claim of the demo workspace, written by the demo editor. */
  public ClaimDetail claim(String wording) {
    return system.runAs("editor", () -> claims.create(demoWorkspace(), NewClaim.byHand(wording)));
  }

  /**
   * A published claim of the demo workspace: the editor rates it and sends it to review, the admin
   * (a second person) approves and publishes it.
   */
  public ClaimDetail published(String wording) {
    long ws = demoWorkspace();
    ClaimDetail created = claim(wording);
    long verdict = ratings.of(ws).getFirst().id();
    ClaimDetail sent =
        system.runAs(
            "editor",
            () -> {
              ClaimEdit e = created.toEdit();
              ClaimDetail rated =
                  claims.update(
                      ws,
                      created.id(),
                      new ClaimEdit(
                          e.wording(),
                          e.claimant(),
                          e.timeSeconds(),
                          e.tags(),
                          e.assigneeId(),
                          verdict,
                          "Checked against the survey.",
                          e.version()));
              return review.transition(
                  ws, rated.id(), ReviewAction.SEND_TO_REVIEW, null, rated.version());
            });
    return system.runAs(
        "admin",
        () -> {
          ClaimDetail approved =
              review.transition(ws, sent.id(), ReviewAction.APPROVE, null, sent.version());
          return review.transition(
              ws, approved.id(), ReviewAction.PUBLISH, null, approved.version());
        });
  }

  /**
   * A panel, attached to the current UI, showing {@code claimId} with only {@code section} beside
   * the form, for a member with {@code role}.
   */
  public ClaimPanel panel(ClaimPanelSection section, Role role, long claimId) {
    long ws = demoWorkspace();
    ClaimPanel panel =
        panels
            .only(section)
            .create(ws, role, ratings.of(ws), workspaces.members(ws), changed -> {});
    UI.getCurrent().add(panel);
    panel.show(claimId);
    return panel;
  }
}
