package org.factbench.claim;

import java.time.Instant;
import java.util.List;

/** Everything about one claim that its detail panel shows. */
public record ClaimDetail(
    long id,
    long workspaceId,
    Anchor anchor,
    String documentTitle,
    String wording,
    String claimant,
    Integer timeSeconds,
    List<String> tags,
    Long assigneeId,
    String assigneeName,
    ClaimStatus status,
    Verdict verdict,
    String rationale,
    long createdBy,
    Instant createdAt,
    long updatedBy,
    String updatedByName,
    Instant updatedAt,
    boolean deleted,
    long version,
    ReviewState review,
    List<Evidence> sources,
    List<NoteView> notes) {

  /** The same claim with its review state, sources and notes replaced. */
  public ClaimDetail with(ReviewState review, List<Evidence> sources, List<NoteView> notes) {
    return new ClaimDetail(
        id,
        workspaceId,
        anchor,
        documentTitle,
        wording,
        claimant,
        timeSeconds,
        tags,
        assigneeId,
        assigneeName,
        status,
        verdict,
        rationale,
        createdBy,
        createdAt,
        updatedBy,
        updatedByName,
        updatedAt,
        deleted,
        version,
        review,
        sources,
        notes);
  }

  /** The fields a person edits, as they are now, to start an edit from. */
  public ClaimEdit toEdit() {
    return new ClaimEdit(
        wording,
        claimant,
        timeSeconds,
        tags,
        assigneeId,
        verdict == null ? null : verdict.id(),
        rationale,
        version);
  }
}
