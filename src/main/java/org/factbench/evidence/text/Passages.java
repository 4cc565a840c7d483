package org.factbench.evidence.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks a quoted passage up in an archived text. Both are normalised first (Unicode compatibility
 * forms, case, curly and straight quotes, every kind of dash, soft hyphens and zero-width
 * characters, runs of white space), so typography never counts as a difference. A passage found as
 * it is is {@link State#FOUND}; otherwise the most similar stretch of the text is sought (an edit
 * distance to any substring, in the regions where the passage's rarest words occur), and a passage
 * at least {@value #SIMILAR_PERCENT}% alike is {@link State#SIMILAR}. An ellipsis ({@code ...} or
 * {@code …}) in the passage marks an omission: each part is looked up on its own.
 */
public final class Passages {

  /** How a passage compares with a text. */
  public enum State {
    FOUND,
    SIMILAR,
    NOT_FOUND
  }

  /** The outcome: the state and how alike the passage and the closest text are, in percent. */
  public record Match(State state, int similarity) {}

  /** The least similarity, in percent, of a passage that "differs slightly". */
  public static final int SIMILAR_PERCENT = 80;

  /** Passages longer than this (normalised) are compared word by word rather than by character. */
  static final int CHARACTER_LIMIT = 2_000;

  private static final int CANDIDATES = 6;
  private static final int ANCHOR_WORDS = 8;
  private static final int MAX_OCCURRENCES = 400;

  private Passages() {}

  /** Compares {@code passage} with {@code text}; an empty passage is {@link State#NOT_FOUND}. */
  public static Match check(String passage, String text) {
    String t = normalise(text);
    List<String> parts = new ArrayList<>();
    for (String part : normalise(passage).split("\\.\\.\\.")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.isEmpty()) {
      return new Match(State.NOT_FOUND, 0);
    }
    long weighted = 0;
    long total = 0;
    boolean allExact = true;
    for (String p : parts) {
      double s = t.contains(p) ? 1.0 : closest(p, t);
      allExact &= s >= 1.0;
      weighted += Math.round(s * 1000) * p.length();
      total += p.length();
    }
    if (allExact) {
      return new Match(State.FOUND, 100);
    }
    int percent = (int) Math.min(99, weighted / total / 10);
    return new Match(percent >= SIMILAR_PERCENT ? State.SIMILAR : State.NOT_FOUND, percent);
  }

  /** The text as passages are compared: see the class comment. */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int k = 0; k < n.length(); k++) {
      char c = n.charAt(k);
      char mapped =
          switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
            case '\u2010',
                '\u2011',
                '\u2012',
                '\u2013',
                '\u2014',
                '\u2015',
                '\u2212',
                '\ufe58',
                '\ufe63',
                '\uff0d' ->
                '-';
            case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> 0;
            case '\u2026' -> '\u2026';
            default -> c;
          };
      if (mapped == 0) {
        continue;
      }
      if (mapped == '\u2026') {
        out.append("...");
        space = false;
        continue;
      }
      if (Character.isWhitespace(mapped) || Character.isSpaceChar(mapped)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(mapped);
    }
    return out.toString();
  }

  /** The similarity (0 to 1) of {@code p} and the substring of {@code t} closest to it. */
  static double closest(String p, String t) {
    List<Integer> starts = candidateStarts(p, t);
    double best = 0;
    int slack = p.length() / 4 + 10;
    for (int start : starts) {
      int from = Math.max(0, start - slack);
      int to = Math.min(t.length(), start + p.length() + slack);
      String region = t.substring(from, to);
      int distance =
          p.length() <= CHARACTER_LIMIT
              ? substringDistance(p.toCharArray(), region.toCharArray())
              : wordDistance(p, region);
      double similarity =
          p.length() <= CHARACTER_LIMIT
              ? 1.0 - (double) distance / p.length()
              : 1.0 - (double) distance / words(p).length;
      best = Math.max(best, similarity);
    }
    return Math.max(0, Math.min(best, 0.999));
  }

  /**
   * Where in {@code t} the passage may start: for its rarest words, each occurrence votes for the
   * start it implies; the best-voted starts come first.
   */
  private static List<Integer> candidateStarts(String p, String t) {
    record Word(String text, int offset, int occurrences) {}
    List<Word> words = new ArrayList<>();
    int offset = 0;
    for (String w : p.split(" ")) {
      if (w.length() >= 3) {
        words.add(new Word(w, offset, occurrences(t, w)));
      }
      offset += w.length() + 1;
    }
    if (words.isEmpty()) {
      for (String w : p.split(" ")) {
        words.add(new Word(w, p.indexOf(w), occurrences(t, w)));
      }
    }
    List<Word> anchors =
        words.stream()
            .filter(w -> w.occurrences() > 0)
            .sorted(Comparator.comparingInt(Word::occurrences))
            .limit(ANCHOR_WORDS)
            .toList();
    int bucket = Math.max(8, p.length() / 4);
    Map<Integer, Integer> votes = new HashMap<>();
    Map<Integer, Integer> firstStart = new HashMap<>();
    for (Word w : anchors) {
      int from = 0;
      for (int n = 0; n < MAX_OCCURRENCES; n++) {
        int at = t.indexOf(w.text(), from);
        if (at < 0) {
          break;
        }
        int start = Math.max(0, at - w.offset());
        votes.merge(start / bucket, 1, Integer::sum);
        firstStart.putIfAbsent(start / bucket, start);
        from = at + 1;
      }
    }
    return votes.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
        .limit(CANDIDATES)
        .map(e -> firstStart.get(e.getKey()))
        .toList();
  }

  private static int occurrences(String t, String w) {
    int count = 0;
    for (int at = t.indexOf(w); at >= 0 && count <= MAX_OCCURRENCES; at = t.indexOf(w, at + 1)) {
      count++;
    }
    return count;
  }

  /**
   * The fewest insertions, deletions and substitutions that turn {@code p} into some substring of
   * {@code r} (Sellers' algorithm: the substring may start and end anywhere).
   */
  static int substringDistance(char[] p, char[] r) {
    return substringDistance(codes(p), codes(r));
  }

  /** {@link #substringDistance} over words instead of characters, for long passages. */
  private static int wordDistance(String p, String region) {
    Map<String, Integer> ids = new HashMap<>();
    return substringDistance(ids(words(p), ids), ids(words(region), ids));
  }

  private static int[] codes(char[] chars) {
    int[] codes = new int[chars.length];
    for (int i = 0; i < chars.length; i++) {
      codes[i] = chars[i];
    }
    return codes;
  }

  /** Sellers' algorithm over symbols: characters, or words numbered by {@link #ids}. */
  private static int substringDistance(int[] p, int[] r) {
    int[] previous = new int[r.length + 1];
    int[] current = new int[r.length + 1];
    for (int i = 1; i <= p.length; i++) {
      current[0] = i;
      for (int j = 1; j <= r.length; j++) {
        int substitute = previous[j - 1] + (p[i - 1] == r[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int best = Integer.MAX_VALUE;
    for (int d : previous) {
      best = Math.min(best, d);
    }
    return best;
  }

  private static String[] words(String s) {
    return s.strip().split(" ");
  }

  private static int[] ids(String[] words, Map<String, Integer> ids) {
    int[] out = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = ids.computeIfAbsent(words[k], w -> ids.size());
    }
    return out;
  }
}
