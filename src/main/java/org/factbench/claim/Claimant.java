package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person or organisation who made claims, reused across a workspace. */
@Entity
@Table(name = "claimant")
class Claimant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  Long getId() {
    return id;
  }

  String getName() {
    return name;
  }
}
