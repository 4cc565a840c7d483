package org.factbench.assist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue phrases matched on whole words, much faster than one regular expression with many
 * alternatives. A phrase is words separated by single spaces, in lower case, where a word may also
 * be: {@code #} any number; {@code *} any word; {@code ^} any capitalised word; {@code =Word} that
 * word exactly, case included ("=may" is the verb, not the month); {@code *er} any word ending in
 * "er" (not "rather", "other", "whether").
 */
final class Lexicon {

  private static final Set<String> NOT_COMPARATIVE = Set.of("rather", "other", "whether");

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  private final List<String[]> patternFirst = new ArrayList<>();

  Lexicon(Collection<String> phrases) {
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      if (isPattern(words[0])) {
        patternFirst.add(words);
      } else {
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
    }
    Comparator<String[]> longestFirst = Comparator.comparingInt(p -> -p.length);
    byFirstWord.values().forEach(list -> list.sort(longestFirst));
    patternFirst.sort(longestFirst);
  }

  /** Every "a b" for a in {@code firsts} and b in {@code seconds}. */
  static List<String> pairs(Collection<String> firsts, Collection<String> seconds) {
    List<String> out = new ArrayList<>();
    for (String a : firsts) {
      for (String b : seconds) {
        out.add(a + " " + b);
      }
    }
    return out;
  }

  /** The first (then the longest) phrase in the words, as {@code {from, to}}; null if none. */
  int[] find(Words w) {
    for (int i = 0; i < w.size(); i++) {
      int end = matchAt(w, i);
      if (end > 0) {
        return new int[] {i, end};
      }
    }
    return null;
  }

  /** The end (exclusive) of the longest phrase starting at word {@code i}, or -1. */
  int matchAt(Words w, int i) {
    List<String[]> candidates = byFirstWord.get(w.lower(i));
    if (candidates != null) {
      for (String[] p : candidates) {
        if (matches(p, w, i)) {
          return i + p.length;
        }
      }
    }
    for (String[] p : patternFirst) {
      if (matches(p, w, i)) {
        return i + p.length;
      }
    }
    return -1;
  }

  private static boolean matches(String[] phrase, Words w, int i) {
    if (i + phrase.length > w.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!matches(phrase[k], w, i + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String token, Words w, int i) {
    if (!isPattern(token)) {
      return token.equals(w.lower(i));
    }
    return switch (token.charAt(0)) {
      case '#' -> w.number(i);
      case '^' -> w.capitalised(i);
      case '=' ->
          token.regionMatches(1, w.text, w.start(i), w.end(i) - w.start(i))
              && token.length() - 1 == w.end(i) - w.start(i);
      default -> {
        if (token.length() == 1) {
          yield true; // "*"
        }
        String word = w.lower(i);
        String suffix = token.substring(1);
        yield word.length() >= suffix.length() + 3
            && word.endsWith(suffix)
            && !NOT_COMPARATIVE.contains(word);
      }
    };
  }

  private static boolean isPattern(String token) {
    char c = token.charAt(0);
    return c == '#' || c == '*' || c == '^' || c == '=';
  }
}
