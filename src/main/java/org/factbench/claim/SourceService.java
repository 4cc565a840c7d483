package org.factbench.claim;

import org.factbench.base.NotFoundException;
import org.factbench.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's sources: the evidence its verdict rests on. Adding or removing one rechecks the claim's
 * figure against the sources' figures; each change is recorded in the history.
 */
@Service
public class SourceService {

  private final ClaimRepository claims;
  private final SourceRepository sources;
  private final FigureChecks figureChecks;
  private final ApplicationEventPublisher events;

  SourceService(
      ClaimRepository claims,
      SourceRepository sources,
      FigureChecks figureChecks,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.sources = sources;
    this.figureChecks = figureChecks;
    this.events = events;
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public Evidence addSource(long workspaceId, long claimId, SourceInput input) {
    long actor = CurrentUser.id();
    Claim c = claims.live(workspaceId, claimId);
    String url = ClaimInputs.source(input);
    // sources and notes have their own rows and versions: adding one does not make an open edit of
    // the claim's form stale (the figure check is a derived column, written without a version)
    Source s = sources.saveAndFlush(new Source(claimId, input, url, actor));
    figureChecks.refresh(claimId);
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "source",
            s.getId(),
            actor,
            "source added",
            null,
            input.stance().label() + ": " + url,
            null));
    events.publishEvent(
        new SourceAdded(workspaceId, claimId, s.getId(), url, input.passage(), actor));
    return s.toEvidence();
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void removeSource(long workspaceId, long claimId, long sourceId) {
    long actor = CurrentUser.id();
    Claim c = claims.live(workspaceId, claimId);
    Source s =
        sources
            .findById(sourceId)
            .filter(x -> x.getClaimId() == claimId)
            .orElseThrow(() -> new NotFoundException("The source"));
    sources.delete(s);
    sources.flush();
    figureChecks.refresh(claimId);
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "source",
            sourceId,
            actor,
            "source removed",
            s.getUrl(),
            null,
            null));
    events.publishEvent(new SourceRemoved(workspaceId, claimId, sourceId, s.getUrl(), actor));
  }
}
