package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factbench.base.IdentifiedEntity;

/** A person or organisation who made claims, reused across a workspace. */
@Entity
@Table(name = "claimant")
class Claimant extends IdentifiedEntity {

  @Column(name = "workspace_id", nullable = false, updatable = false)
  private long workspaceId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String kind = "PERSON";

  protected Claimant() {}

  Claimant(long workspaceId, String name) {
    this.workspaceId = workspaceId;
    this.name = name;
  }

  String getName() {
    return name;
  }
}
