package org.factbench.document;

import org.factbench.base.HistoryEvent;

/** A source was imported into a workspace. */
public record DocumentImported(long workspaceId, long documentId, long actorId, String title)
    implements HistoryEvent {

  @Override
  public String subjectType() {
    return "document";
  }

  @Override
  public long subjectId() {
    return documentId;
  }

  @Override
  public Long claimId() {
    return null;
  }

  @Override
  public String action() {
    return "imported";
  }

  @Override
  public String before() {
    return null;
  }

  @Override
  public String after() {
    return title;
  }
}
