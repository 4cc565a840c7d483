package org.factbench.evidence;

/** What the watch last found at a cited page, compared with its archived copy. */
public enum WatchState {
  /** Not fetched yet. */
  PENDING("not checked yet"),
  /** The page's text is the archived copy's. */
  UNCHANGED("unchanged"),
  /** The page's text differs from the archived copy's. */
  CHANGED("changed since cited"),
  /** The page answers 404 or 410. */
  GONE("gone"),
  /** The page could not be fetched (no answer, an error status, refused, too large...). */
  UNREACHABLE("unreachable");

  private final String label;

  WatchState(String label) {
    this.label = label;
  }

  /** The state in English, as the history, the reports and the HTTP API write it. */
  public String label() {
    return label;
  }

  /** Whether a published claim with a source in this state goes back to the reviewers. */
  public boolean needsReview() {
    return this == CHANGED || this == GONE;
  }
}
