package org.factbench.evidence.fetch;

/** How a fetch ended. */
public enum FetchOutcome {
  /** A 2xx answer with a body of a kind Factbench reads. */
  OK,
  /** 404 Not Found or 410 Gone. */
  GONE,
  /** Another status that is not success (a 5xx, 403, ...). */
  HTTP_ERROR,
  /** The guard refused the address or a redirect's address; nothing was connected to. */
  REFUSED,
  /** The body was over the size limit (as sent or once unpacked). */
  TOO_LARGE,
  /** The whole fetch took longer than its time limit. */
  TIMEOUT,
  /** More redirects than allowed. */
  TOO_MANY_REDIRECTS,
  /** Not HTML, PDF, DOCX or plain text. */
  UNSUPPORTED,
  /** The name did not resolve, the connection or TLS failed, or the answer was not HTTP. */
  UNREACHABLE;

  /** Whether the outcome says the page is not there (now) rather than that it is gone. */
  public boolean unreachable() {
    return this != OK && this != GONE;
  }
}
