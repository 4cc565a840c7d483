package org.factbench.claim;

/**
 * Where a claim sits in a document, like a W3C Web Annotation: a text position (start inclusive,
 * end exclusive, in UTF-16 characters of the stored text) and a text quote with a little context on
 * each side, so that the anchor can be checked and found again.
 */
public record Anchor(
    long documentId, int start, int end, String quote, String prefix, String suffix) {

  /** How many characters of context each side keeps. */
  public static final int CONTEXT = 32;

  /** The anchor of the span [start, end) of a document's text. */
  public static Anchor of(long documentId, String text, int start, int end) {
    return new Anchor(
        documentId,
        start,
        end,
        text.substring(start, end),
        text.substring(Math.max(0, start - CONTEXT), start),
        text.substring(end, Math.min(text.length(), end + CONTEXT)));
  }

  /** Whether this anchor still points at its quote in the given text. */
  public boolean matches(String text) {
    return start >= 0
        && end <= text.length()
        && start < end
        && text.substring(start, end).equals(quote);
  }

  /**
   * Finds the quote again in a text where it may have moved: the occurrence whose context matches
   * best, or {@code null} when the quote is not there.
   */
  public Anchor relocate(String text) {
    if (matches(text)) {
      return this;
    }
    Anchor best = null;
    int bestScore = -1;
    for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      Anchor candidate = of(documentId, text, i, i + quote.length());
      int score = commonSuffix(candidate.prefix, prefix) + commonPrefix(candidate.suffix, suffix);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length()
        && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }
}
