package org.factbench.document.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate search of a quote in one text: the stretch of the text with the least edit distance
 * (insertions, deletions and substitutions of UTF-16 characters, each costing 1) to the quote.
 *
 * <p>Within a region, Sellers' dynamic programme gives the distance of the quote to the best
 * substring ending at each position, and carries along where that substring starts. Over the whole
 * text, the regions worth that work are found first by voting: each 4-character piece of the quote
 * that occurs in the text votes for the start it implies, in buckets of {@value #BUCKET}
 * characters; the best-voted buckets are searched.
 */
final class ApproximateSearch {

  /** A stretch of the text and its edit distance to the quote. */
  record Hit(int start, int end, int distance) {

    boolean overlaps(Hit other) {
      return start < other.end && other.start < end;
    }
  }

  static final int GRAM = 4;
  static final int BUCKET = 16;
  private static final int MAX_OCCURRENCES = 400;
  private static final int CANDIDATES = 6;

  private final String text;
  private Map<Long, int[]> grams;

  ApproximateSearch(String text) {
    this.text = text;
  }

  /** The best stretch of {@code text[from, to)}, or {@code null} if the region is empty. */
  Hit inRegion(String quote, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    if (to <= from || quote.isEmpty()) {
      return null;
    }
    int m = quote.length();
    int[] cost = new int[m + 1];
    int[] start = new int[m + 1];
    int[] nextCost = new int[m + 1];
    int[] nextStart = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      cost[i] = i;
      start[i] = from;
    }
    Hit best = null;
    for (int j = from; j < to; j++) {
      char t = text.charAt(j);
      nextCost[0] = 0;
      nextStart[0] = j + 1;
      for (int i = 1; i <= m; i++) {
        int diagonal = cost[i - 1] + (quote.charAt(i - 1) == t ? 0 : 1);
        int skipText = cost[i] + 1;
        int skipQuote = nextCost[i - 1] + 1;
        if (diagonal <= skipText && diagonal <= skipQuote) {
          nextCost[i] = diagonal;
          nextStart[i] = start[i - 1];
        } else if (skipQuote <= skipText) {
          nextCost[i] = skipQuote;
          nextStart[i] = nextStart[i - 1];
        } else {
          nextCost[i] = skipText;
          nextStart[i] = start[i];
        }
      }
      int d = nextCost[m];
      int s = nextStart[m];
      if (best == null
          || d < best.distance()
          || (d == best.distance()
              && Math.abs(j + 1 - s - m) < Math.abs(best.end() - best.start() - m))) {
        best = new Hit(s, j + 1, d);
      }
      int[] swap = cost;
      cost = nextCost;
      nextCost = swap;
      swap = start;
      start = nextStart;
      nextStart = swap;
    }
    return best;
  }

  /**
   * The best stretches over the whole text, one per candidate region, best first; regions with too
   * few votes are not searched.
   */
  List<Hit> everywhere(String quote, int slack) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (int i = 0; i + GRAM <= quote.length(); i++) {
      int[] positions = grams().get(key(quote, i));
      if (positions == null || positions.length > MAX_OCCURRENCES) {
        continue;
      }
      for (int p : positions) {
        votes.merge(Math.floorDiv(p - i, BUCKET), 1, Integer::sum);
      }
    }
    int minimum = Math.max(2, (quote.length() - GRAM + 1) / 8);
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(votes.entrySet());
    ranked.removeIf(e -> e.getValue() < minimum);
    ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
      int begin = e.getKey() * BUCKET;
      Hit hit = inRegion(quote, begin - slack, begin + BUCKET + quote.length() + slack);
      if (hit != null && hits.stream().noneMatch(h -> h.equals(hit))) {
        hits.add(hit);
      }
    }
    hits.sort((x, y) -> Integer.compare(x.distance(), y.distance()));
    return hits;
  }

  /** The plain edit distance of two strings. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  private Map<Long, int[]> grams() {
    if (grams == null) {
      Map<Long, List<Integer>> lists = new HashMap<>();
      for (int p = 0; p + GRAM <= text.length(); p++) {
        lists.computeIfAbsent(key(text, p), k -> new ArrayList<>()).add(p);
      }
      grams = new HashMap<>(lists.size() * 2);
      lists.forEach((k, v) -> grams.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }
    return grams;
  }

  private static long key(String s, int at) {
    long k = 0;
    for (int i = 0; i < GRAM; i++) {
      k = (k << 16) | s.charAt(at + i);
    }
    return k;
  }
}
