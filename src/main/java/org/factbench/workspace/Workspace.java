package org.factbench.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.base.VersionedEntity;

/**
 * A team's space: its documents, claims, members and rating scale. An archived workspace is
 * read-only (see {@link WorkspaceGuard}).
 */
@Entity
@Table(name = "workspace")
class Workspace extends VersionedEntity {

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 2000)
  private String description = "";

  @Column(nullable = false, length = 200)
  private String organisation = "";

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "public_url_template", nullable = false, length = 500)
  private String publicUrlTemplate = "";

  protected Workspace() {}

  Workspace(String name, String description, String organisation) {
    this.name = name;
    this.description = description;
    this.organisation = organisation;
  }

  String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  String getDescription() {
    return description;
  }

  void setDescription(String description) {
    this.description = description;
  }

  void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  boolean isArchived() {
    return archivedAt != null;
  }

  void setPublicUrlTemplate(String publicUrlTemplate) {
    this.publicUrlTemplate = publicUrlTemplate;
  }

  void archive() {
    if (archivedAt == null) {
      archivedAt = Instant.now();
    }
  }

  void unarchive() {
    archivedAt = null;
  }

  WorkspaceSummary summary(org.factbench.security.Role myRole) {
    return new WorkspaceSummary(
        getId(), name, description, organisation, myRole, isArchived(), publicUrlTemplate);
  }
}
