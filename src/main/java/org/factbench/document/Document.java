package org.factbench.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.factbench.base.IdentifiedEntity;

/** An imported source. Its text never changes; the database refuses it. */
@Entity
@Table(name = "document")
class Document extends IdentifiedEntity {

  @Column(name = "workspace_id", nullable = false, updatable = false)
  private long workspaceId;

  @Column(nullable = false)
  private String title;

  @Column(name = "origin_url", nullable = false)
  private String originUrl = "";

  @Column(nullable = false)
  private String outlet = "";

  @Column(nullable = false)
  private String speakers = "";

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(nullable = false)
  private String language = "en";

  @Column(nullable = false, updatable = false)
  private String format;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName = "";

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String text;

  @Column(name = "text_sha256", nullable = false, updatable = false)
  private String textSha256;

  @Column(name = "char_count", nullable = false, updatable = false)
  private int charCount;

  @Column(name = "previous_version_id", updatable = false)
  private Long previousVersionId;

  @Column(name = "imported_by", nullable = false, updatable = false)
  private long importedBy;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt = Instant.now();

  protected Document() {}

  Document(
      long workspaceId,
      DocumentMetadata meta,
      String format,
      String fileName,
      String text,
      String textSha256,
      Long previousVersionId,
      long importedBy) {
    this.workspaceId = workspaceId;
    this.title = meta.title();
    this.originUrl = meta.originUrl();
    this.outlet = meta.outlet();
    this.speakers = meta.speakers();
    this.publishedOn = meta.publishedOn();
    this.language = meta.language();
    this.format = format;
    this.fileName = fileName;
    this.text = text;
    this.textSha256 = textSha256;
    this.charCount = text.length();
    this.previousVersionId = previousVersionId;
    this.importedBy = importedBy;
  }

  long getWorkspaceId() {
    return workspaceId;
  }

  String getText() {
    return text;
  }

  DocumentSummary summary() {
    return new DocumentSummary(
        getId(),
        workspaceId,
        title,
        originUrl,
        outlet,
        speakers,
        publishedOn,
        language,
        format,
        fileName,
        charCount,
        previousVersionId,
        importedAt);
  }
}
