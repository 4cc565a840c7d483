package org.factbench.evidence.fetch;

/**
 * The guard refused to fetch an address: a scheme, port, host or resolved address Factbench does
 * not reach. Thrown before any connection is made; the message says why, for the user.
 */
public class FetchRefusedException extends Exception {

  public FetchRefusedException(String message) {
    super(message);
  }
}
