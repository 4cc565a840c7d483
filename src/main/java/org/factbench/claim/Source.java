package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.factbench.base.VersionedEntity;

/** A piece of evidence for or against a claim. */
@Entity
@Table(name = "source")
class Source extends VersionedEntity {

  @Column(name = "claim_id", nullable = false, updatable = false)
  private long claimId;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String title = "";

  @Column(nullable = false)
  private String publisher = "";

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "accessed_on")
  private LocalDate accessedOn;

  @Column(nullable = false, columnDefinition = "text")
  private String passage = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stance stance;

  @Column(name = "reliability_note", nullable = false)
  private String reliabilityNote = "";

  @Column(nullable = false)
  private String figure = "";

  @Column(name = "figure_as_of")
  private LocalDate figureAsOf;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected Source() {}

  Source(long claimId, SourceInput in, String normalisedUrl, long actor) {
    this.claimId = claimId;
    this.url = normalisedUrl;
    this.title = in.title();
    this.publisher = in.publisher();
    this.publishedOn = in.publishedOn();
    this.accessedOn = in.accessedOn();
    this.passage = in.passage();
    this.stance = in.stance();
    this.reliabilityNote = in.reliabilityNote();
    this.figure = in.figure();
    this.figureAsOf = in.figureAsOf();
    this.createdBy = actor;
  }

  long getClaimId() {
    return claimId;
  }

  String getUrl() {
    return url;
  }

  String getTitle() {
    return title;
  }

  Evidence toEvidence() {
    return new Evidence(
        getId(),
        url,
        title,
        publisher,
        publishedOn,
        accessedOn,
        passage,
        stance,
        reliabilityNote,
        figure,
        figureAsOf,
        getVersion());
  }
}
