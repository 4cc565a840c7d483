package org.factbench.evidence;

/**
 * Factbench does not fetch this source: snapshots are switched off, it belongs to the demo
 * workspace, or the installation fetches only its allowed hosts. The message says which.
 */
public class SnapshotsUnavailableException extends RuntimeException {

  public SnapshotsUnavailableException(String message) {
    super(message);
  }
}
