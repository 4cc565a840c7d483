package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.base.VersionedEntity;

/** A message in a claim's internal discussion. */
@Entity
@Table(name = "note")
class Note extends VersionedEntity {

  @Column(name = "claim_id", nullable = false, updatable = false)
  private long claimId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private long authorId;

  @Column(nullable = false, columnDefinition = "text")
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "edited_at")
  private Instant editedAt;

  protected Note() {}

  Note(long claimId, long authorId, String body) {
    this.claimId = claimId;
    this.authorId = authorId;
    this.body = body;
  }

  long getClaimId() {
    return claimId;
  }

  long getAuthorId() {
    return authorId;
  }

  String getBody() {
    return body;
  }

  void edit(String body) {
    this.body = body;
    this.editedAt = Instant.now();
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getEditedAt() {
    return editedAt;
  }
}
