package org.factbench.evidence.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.factbench.base.ui.Messages;
import org.factbench.claim.panel.ClaimListBadges;
import org.factbench.evidence.ClaimEvidence;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.WatchState;

/**
 * The claims list's evidence column: one icon per claim with sources, for the most pressing state
 * among them (a page gone or changed since cited first, then a passage not found or only similar,
 * then all passages found), with the sentence as its tooltip.
 */
@org.springframework.stereotype.Component
class EvidenceBadges implements ClaimListBadges {

  private final SnapshotService snapshots;

  EvidenceBadges(SnapshotService snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public String header() {
    return Messages.t("evidence.list.header");
  }

  @Override
  public Map<Long, Badge> badges(long workspaceId, Collection<Long> claimIds) {
    Map<Long, Badge> badges = new HashMap<>();
    snapshots
        .summaries(workspaceId, claimIds)
        .forEach(
            (claim, e) -> {
              Badge b = badge(e);
              if (b != null) {
                badges.put(claim, b);
              }
            });
    return badges;
  }

  static Badge badge(ClaimEvidence e) {
    if (e.watch() == WatchState.GONE) {
      return new Badge("vaadin:unlink", "error", Messages.t("evidence.list.gone"));
    }
    if (e.watch() == WatchState.CHANGED) {
      return new Badge("vaadin:exchange", "warning", Messages.t("evidence.list.changed"));
    }
    return switch (e.passage()) {
      case NOT_FOUND ->
          new Badge("vaadin:close-circle", "error", Messages.t("evidence.list.passage-not-found"));
      case SIMILAR ->
          new Badge("vaadin:adjust", "warning", Messages.t("evidence.list.passage-similar"));
      case NOT_ARCHIVED ->
          new Badge("vaadin:ban", "contrast", Messages.t("evidence.list.not-archived"));
      case FOUND -> new Badge("vaadin:check-circle", "success", Messages.t("evidence.list.found"));
      case NO_PASSAGE ->
          new Badge("vaadin:archive", "contrast", Messages.t("evidence.list.archived"));
      case PENDING -> null;
    };
  }
}
