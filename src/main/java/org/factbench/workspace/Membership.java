package org.factbench.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.factbench.security.Role;

/** A user's membership of a workspace, with their role there. */
@Entity
@Table(name = "workspace_member")
class Membership {

  @EmbeddedId private Key key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt = Instant.now();

  protected Membership() {}

  Membership(long workspaceId, long userId, Role role) {
    this.key = new Key(workspaceId, userId);
    this.role = role;
  }

  Key getKey() {
    return key;
  }

  Role getRole() {
    return role;
  }

  void setRole(Role role) {
    this.role = role;
  }

  @Embeddable
  record Key(@Column(name = "workspace_id") long workspaceId, @Column(name = "user_id") long userId)
      implements Serializable {}
}
