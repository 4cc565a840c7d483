package org.factbench.matching;

import org.factbench.base.HistoryEvent;

/**
 * A reference collection was imported or deleted: recorded in the history and announced to every
 * node, whose matching index then reads or drops its items.
 */
public record ReferenceCollectionChanged(
    long workspaceId, long subjectId, long actorId, String action, String before, String after)
    implements HistoryEvent {

  @Override
  public String subjectType() {
    return "reference collection";
  }

  @Override
  public Long claimId() {
    return null;
  }
}
