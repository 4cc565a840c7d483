package org.factbench.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.base.VersionedEntity;

/** A person who signs in to Factbench. */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(nullable = false)
  private boolean admin;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "access_version", nullable = false)
  private int accessVersion;

  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  protected UserAccount() {}

  UserAccount(String username, String displayName, String passwordHash, boolean admin) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.admin = admin;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  /** A new password: every session signed in with the old one ends at its next request. */
  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    credentialsVersion++;
  }

  public boolean isAdmin() {
    return admin;
  }

  /** Makes the user an installation admin or not; their sessions take the change at once. */
  void setAdmin(boolean admin) {
    if (this.admin != admin) {
      accessVersion++;
    }
    this.admin = admin;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Enables or disables the account; disabling ends its sessions at their next request. */
  void setEnabled(boolean enabled) {
    if (this.enabled && !enabled) {
      credentialsVersion++;
    }
    this.enabled = enabled;
  }

  int getAccessVersion() {
    return accessVersion;
  }

  int getCredentialsVersion() {
    return credentialsVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
