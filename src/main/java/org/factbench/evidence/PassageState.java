package org.factbench.evidence;

/** Whether a source's quoted passage is in its archived copy. */
public enum PassageState {
  /** Not archived yet. */
  PENDING("not archived yet"),
  /** Found, after normalising white space, quotes, dashes and case. */
  FOUND("found in the archived copy"),
  /** Not found as it is, but a stretch of the text is at least 80% alike. */
  SIMILAR("differs slightly"),
  /** Not found, nor anything close. */
  NOT_FOUND("not found"),
  /** The source quotes no passage. */
  NO_PASSAGE("no passage quoted"),
  /** The page could not be archived, so the passage could not be looked up. */
  NOT_ARCHIVED("not archived");

  private final String label;

  PassageState(String label) {
    this.label = label;
  }

  /** The state in English, as the history, the reports and the HTTP API write it. */
  public String label() {
    return label;
  }

  /** Whether a reviewer should look at the passage before approving. */
  public boolean warns() {
    return this == SIMILAR || this == NOT_FOUND || this == NOT_ARCHIVED;
  }
}
