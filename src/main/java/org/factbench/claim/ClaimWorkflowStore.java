package org.factbench.claim;

import org.factbench.base.NotFoundException;
import org.factbench.claim.workflow.ClaimWorkflow;
import org.factbench.claim.workflow.ReviewSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's columns that the review workflow reads and writes, behind {@link ClaimWorkflow}. It
 * runs inside the review service's transaction, after that service checked the rules.
 */
@Service
class ClaimWorkflowStore implements ClaimWorkflow {

  private final ClaimRepository claims;
  private final RatingRepository ratings;
  private final ClaimQueries queries;
  private final ApplicationEventPublisher events;

  ClaimWorkflowStore(
      ClaimRepository claims,
      RatingRepository ratings,
      ClaimQueries queries,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.ratings = ratings;
    this.queries = queries;
    this.events = events;
  }

  @Override
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ReviewSubject current(long workspaceId, long claimId) {
    return subject(claims.live(workspaceId, claimId));
  }

  @Override
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional(propagation = Propagation.MANDATORY)
  public ReviewSubject atVersion(long workspaceId, long claimId, long version) {
    Claim c = claims.live(workspaceId, claimId);
    if (c.getVersion() != version) {
      throw new EditConflictException(queries.load(workspaceId, claimId, false));
    }
    return subject(c);
  }

  @Override
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional(propagation = Propagation.MANDATORY)
  public void move(
      long workspaceId,
      long claimId,
      ClaimStatus to,
      Comment comment,
      Adoption adoption,
      long actor) {
    Claim c = claims.live(workspaceId, claimId);
    if (adoption != null) {
      Rating adopted =
          ratings
              .findByIdAndWorkspaceId(adoption.ratingId(), workspaceId)
              .orElseThrow(() -> new NotFoundException("The verdict"));
      String before = label(c.getRatingId());
      c.setRatingId(adoption.ratingId());
      c.verdictProposedBy(adoption.proposedBy());
      events.publishEvent(
          new ClaimVerdictChanged(
              workspaceId, claimId, actor, before, adopted.toVerdict().label()));
    }
    c.moveTo(to);
    if (comment.replace()) {
      c.comment(comment.text(), actor);
    }
    c.touch(actor);
    claims.saveAndFlush(c);
  }

  private ReviewSubject subject(Claim c) {
    return new ReviewSubject(
        c.getId(),
        c.getWorkspaceId(),
        c.getStatus(),
        c.getRatingId(),
        label(c.getRatingId()),
        c.getRationale(),
        c.getVerdictBy(),
        c.getEditedBy(),
        c.getVersion());
  }

  private String label(Long ratingId) {
    return ratingId == null
        ? null
        : ratings.findById(ratingId).map(r -> r.toVerdict().label()).orElse(null);
  }
}
