package org.factbench.base;

/**
 * Something the caller asked for does not exist or is not theirs to see; both look the same, so the
 * answer never tells which.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " was not found.");
  }
}
