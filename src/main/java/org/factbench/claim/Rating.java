package org.factbench.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entry of a workspace's rating scale. */
@Entity
@Table(name = "rating")
class Rating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  @Version private long version;

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

  Long getId() {
    return id;
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

  long getVersion() {
    return version;
  }

  Verdict toVerdict() {
    return new Verdict(id, position, label, colour, description, onScale, version);
  }
}
