package org.factbench.claim.workflow;

import org.factbench.claim.ClaimStatus;

/**
 * What the review module may do to a claim: read its review state and move it through the workflow.
 * The rules (which step, who may take it, the four-eyes rule) live in the review module; this port
 * only reads and writes the claim's own columns. Only modules that name the {@code claim::workflow}
 * interface in their allowed dependencies may use it.
 */
public interface ClaimWorkflow {

  /** The live claim's review state; not found when it is deleted or in another workspace. */
  ReviewSubject current(long workspaceId, long claimId);

  /**
   * The live claim's review state, provided it is still at {@code version}: a decision on a claim
   * that changed since is refused with {@code EditConflictException}, which carries the claim now.
   */
  ReviewSubject atVersion(long workspaceId, long claimId, long version);

  /**
   * Moves the claim to {@code to} and records the reviewer's comment as {@code comment} says; with
   * an {@code adoption}, the claim takes that verdict in the same step.
   */
  void move(
      long workspaceId,
      long claimId,
      ClaimStatus to,
      Comment comment,
      Adoption adoption,
      long actor);

  /**
   * A verdict that a dispute's decision adopts: {@code ratingId}, proposed by {@code proposedBy}
   * (the disputing reviewer).
   */
  record Adoption(long ratingId, long proposedBy) {}

  /** What becomes of the claim's review comment when it moves. */
  record Comment(String text, boolean replace) {

    /** The comment stays as it is. */
    public static Comment keep() {
      return new Comment(null, false);
    }

    /** The comment is removed (a decision without one supersedes the last). */
    public static Comment clear() {
      return new Comment(null, true);
    }

    /** The comment becomes {@code text}. */
    public static Comment of(String text) {
      return new Comment(text, true);
    }
  }
}
