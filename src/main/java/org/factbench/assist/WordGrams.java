package org.factbench.assist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words and word pairs of a sentence, hashed into a fixed number of buckets: lower case, every
 * digit written as 0 ("6.3%" and "2.4%" are the same word), a pair also across the sentence start
 * ("^ we"). Each bucket counts once per sentence and keeps the first word or pair that fell into
 * it, so an explanation can name it. The hash is 32-bit FNV-1a over the UTF-16 characters, so the
 * same words always land in the same bucket.
 */
final class WordGrams {

  private WordGrams() {}

  /** The buckets hit by a sentence, in order of first occurrence, and the grams that hit them. */
  record Hashed(int[] buckets, String[] grams) {}

  static Hashed of(String text, int buckets) {
    if (Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
    }
    Words w = Words.of(text);
    Map<Integer, String> hit = new LinkedHashMap<>();
    String previous = "^";
    for (int i = 0; i < w.size(); i++) {
      String word = normalise(w.lower(i));
      hit.putIfAbsent(bucket(word, buckets), word);
      String pair = previous + " " + word;
      hit.putIfAbsent(bucket(pair, buckets), pair);
      previous = word;
    }
    int[] b = new int[hit.size()];
    String[] g = new String[hit.size()];
    int k = 0;
    for (Map.Entry<Integer, String> e : hit.entrySet()) {
      b[k] = e.getKey();
      g[k] = e.getValue();
      k++;
    }
    return new Hashed(b, g);
  }

  static String normalise(String lower) {
    StringBuilder sb = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '1' && c <= '9') {
        if (sb == null) {
          sb = new StringBuilder(lower);
        }
        sb.setCharAt(i, '0');
      }
    }
    return sb == null ? lower : sb.toString();
  }

  static int bucket(String gram, int buckets) {
    int h = 0x811c9dc5;
    for (int i = 0; i < gram.length(); i++) {
      h ^= gram.charAt(i);
      h *= 0x01000193;
    }
    return h & (buckets - 1);
  }
}
