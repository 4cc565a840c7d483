package org.factbench.claim;

import java.util.List;

/**
 * The editable fields of a claim, with the version the user saw: a save against a newer version is
 * refused as a conflict. The status is not among them: it moves only through the review workflow.
 */
public record ClaimEdit(
    String wording,
    String claimant,
    Integer timeSeconds,
    List<String> tags,
    Long assigneeId,
    Long ratingId,
    String rationale,
    long version) {

  /** Whether both edits set every field alike, whatever version they were made on. */
  public boolean sameFields(ClaimEdit other) {
    return withVersion(0).equals(other.withVersion(0));
  }

  private ClaimEdit withVersion(long v) {
    return new ClaimEdit(wording, claimant, timeSeconds, tags, assigneeId, ratingId, rationale, v);
  }
}
