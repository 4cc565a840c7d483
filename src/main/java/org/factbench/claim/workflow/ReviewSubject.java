package org.factbench.claim.workflow;

import org.factbench.claim.ClaimStatus;

/**
 * A claim as the review workflow sees it: its status, its verdict and rationale, who proposed the
 * verdict and who last edited its content (the four-eyes rule excludes both), and its version.
 */
public record ReviewSubject(
    long id,
    long workspaceId,
    ClaimStatus status,
    Long ratingId,
    String verdictLabel,
    String rationale,
    Long verdictBy,
    Long editedBy,
    long version) {

  /** Whether {@code userId} proposed the verdict. */
  public boolean proposedBy(long userId) {
    return verdictBy != null && verdictBy == userId;
  }

  /** Whether {@code userId} last edited the content. */
  public boolean editedBy(long userId) {
    return editedBy != null && editedBy == userId;
  }
}
