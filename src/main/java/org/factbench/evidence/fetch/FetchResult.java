package org.factbench.evidence.fetch;

/**
 * What a fetch brought back: the URL asked for and the one answered after redirects, the HTTP
 * status (0 when there was no answer), the kind of content and the type the server declared, the
 * body (only for {@link FetchOutcome#OK}), and for every other outcome a message for the user.
 */
public record FetchResult(
    String requestedUrl,
    String finalUrl,
    int status,
    ContentKind kind,
    String declaredType,
    byte[] body,
    FetchOutcome outcome,
    String message) {

  static FetchResult failed(
      String requestedUrl, String finalUrl, int status, FetchOutcome outcome, String message) {
    return new FetchResult(requestedUrl, finalUrl, status, null, null, null, outcome, message);
  }

  public boolean ok() {
    return outcome == FetchOutcome.OK;
  }
}
