package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factbench.base.VersionedEntity;

/** One entry of a workspace's rating scale. */
@Entity
@Table(name = "rating")
class Rating extends VersionedEntity {

  @Column(name = "workspace_id", nullable = false, updatable = false)
  private long workspaceId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String label;

  @Column(nullable = false)
  private String colour;

  @Column(nullable = false)
  private String description;

  @Column(name = "on_scale", nullable = false)
  private boolean onScale;

  protected Rating() {}

  Rating(
      long workspaceId,
      int position,
      String label,
      String colour,
      String description,
      boolean onScale) {
    this.workspaceId = workspaceId;
    this.position = position;
    this.label = label;
    this.colour = colour;
    this.description = description;
    this.onScale = onScale;
  }

  long getWorkspaceId() {
    return workspaceId;
  }

  void update(int position, String label, String colour, String description, boolean onScale) {
    this.position = position;
    this.label = label;
    this.colour = colour;
    this.description = description;
    this.onScale = onScale;
  }

  Verdict toVerdict() {
    return new Verdict(getId(), position, label, colour, description, onScale, getVersion());
  }
}
