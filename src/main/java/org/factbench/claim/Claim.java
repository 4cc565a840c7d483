package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.base.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A statement to verify, optionally anchored to a span of a document. */
@Entity
@Table(name = "claim")
class Claim extends VersionedEntity {

  @Column(name = "workspace_id", nullable = false, updatable = false)
  private long workspaceId;

  @Column(name = "document_id", updatable = false)
  private Long documentId;

  @Column(name = "anchor_start", updatable = false)
  private Integer anchorStart;

  @Column(name = "anchor_end", updatable = false)
  private Integer anchorEnd;

  @Column(updatable = false, columnDefinition = "text")
  private String quote;

  @Column(name = "quote_prefix", updatable = false)
  private String quotePrefix;

  @Column(name = "quote_suffix", updatable = false)
  private String quoteSuffix;

  @Column(nullable = false, columnDefinition = "text")
  private String wording;

  @Column(name = "claimant_id")
  private Long claimantId;

  @Column(name = "time_seconds")
  private Integer timeSeconds;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  private String[] tags = new String[0];

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimStatus status = ClaimStatus.NEW;

  @Column(name = "rating_id")
  private Long ratingId;

  @Column(nullable = false, columnDefinition = "text")
  private String rationale = "";

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private Long deletedBy;

  @Column(name = "verdict_by")
  private Long verdictBy;

  @Column(name = "edited_by")
  private Long editedBy;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt = Instant.now();

  @Column(name = "review_comment", columnDefinition = "text")
  private String reviewComment;

  @Column(name = "review_comment_by")
  private Long reviewCommentBy;

  @Column(name = "review_comment_at")
  private Instant reviewCommentAt;

  @Column(name = "published_url", nullable = false, length = 2000)
  private String publishedUrl = "";

  protected Claim() {}

  Claim(long workspaceId, Anchor anchor, String wording, long actor) {
    this.workspaceId = workspaceId;
    if (anchor != null) {
      this.documentId = anchor.documentId();
      this.anchorStart = anchor.start();
      this.anchorEnd = anchor.end();
      this.quote = anchor.quote();
      this.quotePrefix = anchor.prefix();
      this.quoteSuffix = anchor.suffix();
    }
    this.wording = wording;
    this.createdBy = actor;
    this.updatedBy = actor;
    this.editedBy = actor;
  }

  long getWorkspaceId() {
    return workspaceId;
  }

  Anchor anchor() {
    return documentId == null || anchorStart == null
        ? null
        : new Anchor(documentId, anchorStart, anchorEnd, quote, quotePrefix, quoteSuffix);
  }

  String getWording() {
    return wording;
  }

  void setWording(String wording) {
    this.wording = wording;
  }

  Long getClaimantId() {
    return claimantId;
  }

  void setClaimantId(Long claimantId) {
    this.claimantId = claimantId;
  }

  Integer getTimeSeconds() {
    return timeSeconds;
  }

  void setTimeSeconds(Integer timeSeconds) {
    this.timeSeconds = timeSeconds;
  }

  java.util.List<String> getTags() {
    return java.util.List.of(tags);
  }

  void setTags(java.util.List<String> tags) {
    this.tags = tags.toArray(String[]::new);
  }

  Long getAssigneeId() {
    return assigneeId;
  }

  void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  ClaimStatus getStatus() {
    return status;
  }

  /** Moves the claim to {@code status}; only the review workflow calls this. */
  void moveTo(ClaimStatus status) {
    this.status = status;
    this.statusChangedAt = Instant.now();
  }

  Long getVerdictBy() {
    return verdictBy;
  }

  Long getEditedBy() {
    return editedBy;
  }

  /** Someone changed what readers will see: the four-eyes rule now excludes them. */
  void contentEditedBy(long actor) {
    this.editedBy = actor;
  }

  /** Someone set the verdict: they proposed it. */
  void verdictProposedBy(Long actor) {
    this.verdictBy = actor;
  }

  /** The last reviewer's comment, shown to the editor until the next review step. */
  void comment(String text, long actor) {
    this.reviewComment = text;
    this.reviewCommentBy = text == null ? null : actor;
    this.reviewCommentAt = text == null ? null : Instant.now();
  }

  Long getRatingId() {
    return ratingId;
  }

  void setRatingId(Long ratingId) {
    this.ratingId = ratingId;
  }

  String getRationale() {
    return rationale;
  }

  void setRationale(String rationale) {
    this.rationale = rationale;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  void touch(long actor) {
    this.updatedBy = actor;
    this.updatedAt = Instant.now();
  }

  boolean isDeleted() {
    return deletedAt != null;
  }

  void delete(long actor) {
    this.deletedAt = Instant.now();
    this.deletedBy = actor;
  }

  void restore() {
    this.deletedAt = null;
    this.deletedBy = null;
  }

  String getPublishedUrl() {
    return publishedUrl;
  }

  void setPublishedUrl(String publishedUrl) {
    this.publishedUrl = publishedUrl;
  }
}
