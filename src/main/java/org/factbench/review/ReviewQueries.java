package org.factbench.review;

import java.util.Map;
import java.util.Set;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.QueueRow;
import org.factbench.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue and each user's assigned work. */
@Service
public class ReviewQueries {

  private final ClaimQueries claims;

  ReviewQueries(ClaimQueries claims) {
    this.claims = claims;
  }

  /**
   * The review queue: claims in {@code statuses} (by default those waiting for a reviewer: ready
   * for review and disputed), oldest first, optionally of one assignee or document.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<QueueRow> queue(
      long workspaceId,
      Set<ClaimStatus> statuses,
      Long assigneeId,
      Long documentId,
      Pageable page) {
    Set<ClaimStatus> wanted =
        statuses == null || statuses.isEmpty() ? Workflow.AWAITING_REVIEW : statuses;
    return claims.inStatus(workspaceId, wanted, assigneeId, documentId, page);
  }

  /**
   * The signed-in user's assigned claims in the workspace, by workflow state, oldest first within a
   * state; only {@code status} when given.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<QueueRow> myWork(long workspaceId, ClaimStatus status, Pageable page) {
    return claims.assignedTo(workspaceId, CurrentUser.id(), status, page);
  }

  /** How many claims the signed-in user has assigned in each state. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> myWorkCounts(long workspaceId) {
    return claims.assignedCounts(workspaceId, CurrentUser.id());
  }
}
