package org.factbench.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity with an optimistic-locking {@code version} column, which each update increments. */
@MappedSuperclass
public abstract class VersionedEntity extends IdentifiedEntity {

  @Version private long version;

  /** The version read; an update from an older one fails. */
  public long getVersion() {
    return version;
  }
}
