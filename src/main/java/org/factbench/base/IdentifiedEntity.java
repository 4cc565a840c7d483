package org.factbench.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entity whose id the database assigns (an identity column named {@code id}). */
@MappedSuperclass
public abstract class IdentifiedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The id; {@code null} until the entity is saved. */
  public Long getId() {
    return id;
  }
}
