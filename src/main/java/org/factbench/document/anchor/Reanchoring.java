package org.factbench.document.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-anchors quotes of an old version of a text onto a new version. Create one per pair of versions
 * ({@link #between}): the diff and the search index are computed once and serve every anchor.
 *
 * <p>For each anchor (start and end in UTF-16 units, end exclusive, and the quote between them) the
 * outcome is, in this order of preference:
 *
 * <ol>
 *   <li>{@link Outcome#KEPT}: the quote is, unchanged, where the diff maps its old start;
 *   <li>{@link Outcome#MOVED}: the exact quote elsewhere, chosen by its context (up to {@value
 *       #CONTEXT} characters before and after it in the old text); a quote found several times
 *       whose context does not single one place out is not taken as moved (the approximate search
 *       below, with its own context check, may still place it; an exact match found there is
 *       reported as moved);
 *   <li>{@link Outcome#FUZZY}: the stretch with the least edit distance to the quote, searched
 *       first around the mapped place, then over the whole text, if its similarity (1 - distance /
 *       quote length) is at least the threshold, the text right before or after it resembles that
 *       around the old quote, and (over the whole text) no other, separate stretch is about as
 *       close;
 *   <li>{@link Outcome#ORPHANED}: none of these; the claim keeps its old quote.
 * </ol>
 */
public final class Reanchoring {

  /** Where a quote went. */
  public enum Outcome {
    KEPT,
    MOVED,
    FUZZY,
    ORPHANED
  }

  /** An anchor in the old text: offsets in UTF-16 units, end exclusive, and the quote between. */
  public record Anchor(int start, int end, String quote) {
    public Anchor {
      Objects.requireNonNull(quote, "quote");
      if (start < 0 || end < start || end - start != quote.length()) {
        throw new IllegalArgumentException("start, end and quote do not agree");
      }
    }
  }

  /**
   * The outcome, the new anchor (start, end and quote in the new text; for an orphan: -1, -1 and
   * the old quote) and how alike the old and the new quote are (1.0 when identical, 0 for an
   * orphan).
   */
  public record Placement(Outcome outcome, int start, int end, String quote, double similarity) {

    static Placement orphaned(String quote) {
      return new Placement(Outcome.ORPHANED, -1, -1, quote, 0);
    }

    /** Whether the claim has a place in the new text. */
    public boolean placed() {
      return outcome != Outcome.ORPHANED;
    }
  }

  /** The least similarity of a fuzzy match; see decision record 0017 for how it was chosen. */
  public static final double DEFAULT_THRESHOLD = 0.85;

  /** Characters of context before and after a quote that decide between exact occurrences. */
  static final int CONTEXT = 32;

  /** Context characters that must agree for an exact occurrence elsewhere to be taken. */
  static final int MIN_CONTEXT = 8;

  /** A quote this long found exactly once is taken even if its context changed. */
  static final int UNIQUE_LENGTH = 40;

  /** Quotes shorter than this are never matched approximately. */
  static final int MIN_FUZZY_LENGTH = 12;

  /** A second stretch this close in similarity to the best makes an approximate match ambiguous. */
  static final double AMBIGUITY_MARGIN = 0.05;

  /** Characters around an approximate match compared with those around the old quote. */
  static final int FUZZY_CONTEXT = 24;

  /** How alike the context of an approximate match must be on one side at least. */
  static final double CONTEXT_SIMILARITY = 0.6;

  private final String oldText;
  private final String newText;
  private final double threshold;
  private final TextMapping mapping;
  private final ApproximateSearch search;

  private Reanchoring(String oldText, String newText, double threshold) {
    this.oldText = Objects.requireNonNull(oldText, "oldText");
    this.newText = Objects.requireNonNull(newText, "newText");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    this.threshold = threshold;
    this.mapping = TextMapping.between(oldText, newText);
    this.search = new ApproximateSearch(newText);
  }

  /** Prepares re-anchoring from {@code oldText} to {@code newText} with the default threshold. */
  public static Reanchoring between(String oldText, String newText) {
    return new Reanchoring(oldText, newText, DEFAULT_THRESHOLD);
  }

  /** Prepares re-anchoring with another least similarity for fuzzy matches. */
  public static Reanchoring between(String oldText, String newText, double threshold) {
    return new Reanchoring(oldText, newText, threshold);
  }

  /** The least similarity of a fuzzy match. */
  public double threshold() {
    return threshold;
  }

  /** Where the quote of {@code anchor} (an anchor in the old text) is in the new text. */
  public Placement place(Anchor anchor) {
    if (anchor.end() > oldText.length()
        || !oldText.regionMatches(anchor.start(), anchor.quote(), 0, anchor.quote().length())) {
      throw new IllegalArgumentException("the anchor does not match the old text");
    }
    String quote = anchor.quote();
    if (quote.isEmpty()) {
      return Placement.orphaned(quote);
    }
    int mappedStart = mapping.mapStart(anchor.start());
    int mappedEnd = Math.max(mappedStart, mapping.mapEnd(anchor.end()));
    if (newText.startsWith(quote, mappedStart)) {
      return placed(Outcome.KEPT, mappedStart, mappedStart + quote.length(), 0, quote.length());
    }
    List<Integer> occurrences = occurrences(quote);
    if (!occurrences.isEmpty()) {
      Placement moved = moved(anchor, occurrences);
      if (moved.placed()) {
        return moved;
      }
    }
    return fuzzy(anchor, mappedStart, mappedEnd);
  }

  /** Convenience for {@link #place(Anchor)}. */
  public Placement place(int start, int end, String quote) {
    return place(new Anchor(start, end, quote));
  }

  private Placement moved(Anchor anchor, List<Integer> occurrences) {
    String quote = anchor.quote();
    int best = -1;
    int bestScore = -1;
    int secondScore = -1;
    for (int at : occurrences) {
      int score = contextScore(anchor, at);
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = at;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    boolean taken =
        occurrences.size() == 1
            ? quote.length() >= UNIQUE_LENGTH || bestScore >= MIN_CONTEXT
            : bestScore >= MIN_CONTEXT && bestScore >= secondScore + MIN_CONTEXT / 2;
    return taken
        ? placed(Outcome.MOVED, best, best + quote.length(), 0, quote.length())
        : Placement.orphaned(quote);
  }

  private Placement fuzzy(Anchor anchor, int mappedStart, int mappedEnd) {
    String quote = anchor.quote();
    if (quote.length() < MIN_FUZZY_LENGTH) {
      return Placement.orphaned(quote);
    }
    int slack = quote.length() / 2 + 16;
    ApproximateSearch.Hit near = search.inRegion(quote, mappedStart - slack, mappedEnd + slack);
    if (near != null && similarity(near, quote) >= threshold && contextAgrees(anchor, near)) {
      return placed(Outcome.FUZZY, near.start(), near.end(), near.distance(), quote.length());
    }
    List<ApproximateSearch.Hit> hits = search.everywhere(quote, slack);
    if (hits.isEmpty()) {
      return Placement.orphaned(quote);
    }
    ApproximateSearch.Hit best = hits.get(0);
    if (similarity(best, quote) < threshold || !contextAgrees(anchor, best)) {
      return Placement.orphaned(quote);
    }
    for (ApproximateSearch.Hit other : hits.subList(1, hits.size())) {
      if (!other.overlaps(best)
          && similarity(other, quote) >= similarity(best, quote) - AMBIGUITY_MARGIN) {
        return Placement.orphaned(quote);
      }
    }
    return placed(Outcome.FUZZY, best.start(), best.end(), best.distance(), quote.length());
  }

  private Placement placed(Outcome outcome, int start, int end, int distance, int quoteLength) {
    if (outcome == Outcome.FUZZY && distance == 0) {
      outcome = Outcome.MOVED;
    }
    double similarity = Math.max(0, 1.0 - (double) distance / quoteLength);
    return new Placement(outcome, start, end, newText.substring(start, end), similarity);
  }

  /**
   * Whether the text right before or right after an approximate match resembles the text around the
   * quote in the old version ({@value #FUZZY_CONTEXT} characters, at least {@value
   * #CONTEXT_SIMILARITY} alike).
   */
  private boolean contextAgrees(Anchor anchor, ApproximateSearch.Hit hit) {
    String oldBefore =
        oldText.substring(Math.max(0, anchor.start() - FUZZY_CONTEXT), anchor.start());
    String newBefore = newText.substring(Math.max(0, hit.start() - FUZZY_CONTEXT), hit.start());
    String oldAfter =
        oldText.substring(anchor.end(), Math.min(oldText.length(), anchor.end() + FUZZY_CONTEXT));
    String newAfter =
        newText.substring(hit.end(), Math.min(newText.length(), hit.end() + FUZZY_CONTEXT));
    return alike(oldBefore, newBefore) || alike(oldAfter, newAfter);
  }

  private static boolean alike(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return true;
    }
    return 1.0 - (double) ApproximateSearch.distance(a, b) / longer >= CONTEXT_SIMILARITY;
  }

  private static double similarity(ApproximateSearch.Hit hit, String quote) {
    return 1.0 - (double) hit.distance() / quote.length();
  }

  private List<Integer> occurrences(String quote) {
    List<Integer> found = new ArrayList<>();
    int at = newText.indexOf(quote);
    while (at >= 0 && found.size() < 1_000) {
      found.add(at);
      at = newText.indexOf(quote, at + 1);
    }
    return found;
  }

  /** How many characters right before and right after the occurrence agree with the old text. */
  private int contextScore(Anchor anchor, int at) {
    int score = 0;
    int o = anchor.start() - 1;
    int n = at - 1;
    while (score < CONTEXT && o >= 0 && n >= 0 && oldText.charAt(o) == newText.charAt(n)) {
      score++;
      o--;
      n--;
    }
    int after = 0;
    o = anchor.end();
    n = at + anchor.quote().length();
    while (after < CONTEXT
        && o < oldText.length()
        && n < newText.length()
        && oldText.charAt(o) == newText.charAt(n)) {
      after++;
      o++;
      n++;
    }
    return score + after;
  }
}
