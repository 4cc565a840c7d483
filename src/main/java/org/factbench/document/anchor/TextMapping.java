package org.factbench.document.anchor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps character positions of an old text to the new text, from a diff of the two computed once.
 *
 * <p>Both texts are cut into tokens (a run of letters and digits, a run of white space, or any
 * other single character) and the token sequences are compared with a patience diff: the common
 * head and tail are matched, then the tokens that occur exactly once on each side are paired along
 * their longest increasing subsequence, and the stretches between these pairs are compared the same
 * way. The matched tokens give stretches of characters that are unchanged; a position inside one
 * maps to the same character in the new text, a position in a changed stretch maps to where that
 * stretch begins in the new text. The matching is monotone: of two paragraphs that swapped places,
 * one is matched and the other is seen as deleted and inserted.
 */
final class TextMapping {

  private final int[] oldStarts;
  private final int[] newStarts;
  private final int[] lengths;

  private TextMapping(int[] oldStarts, int[] newStarts, int[] lengths) {
    this.oldStarts = oldStarts;
    this.newStarts = newStarts;
    this.lengths = lengths;
  }

  /** Diffs {@code oldText} against {@code newText}. */
  static TextMapping between(String oldText, String newText) {
    Map<String, Integer> ids = new HashMap<>();
    Tokens a = Tokens.of(oldText, ids);
    Tokens b = Tokens.of(newText, ids);
    boolean[] matchedOld = new boolean[a.size()];
    int[] partner = new int[a.size()];
    new PatienceDiff(a.ids, b.ids, matchedOld, partner).run();
    List<int[]> segments = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!matchedOld[i]) {
        continue;
      }
      int os = a.starts[i];
      int ns = b.starts[partner[i]];
      int len = a.starts[i + 1] - os;
      int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      if (last != null && last[0] + last[2] == os && last[1] + last[2] == ns) {
        last[2] += len;
      } else {
        segments.add(new int[] {os, ns, len});
      }
    }
    int n = segments.size();
    int[] os = new int[n];
    int[] ns = new int[n];
    int[] ls = new int[n];
    for (int k = 0; k < n; k++) {
      os[k] = segments.get(k)[0];
      ns[k] = segments.get(k)[1];
      ls[k] = segments.get(k)[2];
    }
    return new TextMapping(os, ns, ls);
  }

  /** Where the character at {@code position} of the old text is in the new text (see class). */
  int mapStart(int position) {
    int k = segmentAtOrBefore(position);
    if (k < 0) {
      return 0;
    }
    int offset = position - oldStarts[k];
    return newStarts[k] + Math.min(offset, lengths[k]);
  }

  /** Where an exclusive end {@code position} of the old text falls in the new text. */
  int mapEnd(int position) {
    if (position <= 0) {
      return 0;
    }
    int k = segmentAtOrBefore(position - 1);
    if (k < 0) {
      return 0;
    }
    int offset = position - oldStarts[k];
    return newStarts[k] + Math.min(offset, lengths[k]);
  }

  /** How many characters of the old text are unchanged (matched) in the new one. */
  int unchangedCharacters() {
    int sum = 0;
    for (int l : lengths) {
      sum += l;
    }
    return sum;
  }

  private int segmentAtOrBefore(int position) {
    int k = Arrays.binarySearch(oldStarts, position);
    return k >= 0 ? k : -k - 2;
  }

  /** A text's tokens: their ids (equal text, equal id) and start offsets (plus the text's end). */
  private record Tokens(int[] ids, int[] starts) {

    int size() {
      return ids.length;
    }

    static Tokens of(String text, Map<String, Integer> dictionary) {
      List<Integer> starts = new ArrayList<>();
      int k = 0;
      while (k < text.length()) {
        starts.add(k);
        int kind = kind(text.charAt(k));
        int next = k + 1;
        if (kind != 0) {
          while (next < text.length() && kind(text.charAt(next)) == kind) {
            next++;
          }
        }
        k = next;
      }
      int[] ids = new int[starts.size()];
      int[] offsets = new int[starts.size() + 1];
      for (int t = 0; t < ids.length; t++) {
        offsets[t] = starts.get(t);
        int end = t + 1 < ids.length ? starts.get(t + 1) : text.length();
        ids[t] =
            dictionary.computeIfAbsent(text.substring(offsets[t], end), s -> dictionary.size());
      }
      offsets[ids.length] = text.length();
      return new Tokens(ids, offsets);
    }

    /** 1 letter or digit, 2 white space, 0 anything else (a token of its own). */
    private static int kind(char c) {
      if (Character.isLetterOrDigit(c)) {
        return 1;
      }
      return Character.isWhitespace(c) ? 2 : 0;
    }
  }

  /** Patience diff over token ids, recording for each matched old token its new partner. */
  private static final class PatienceDiff {
    private final int[] a;
    private final int[] b;
    private final boolean[] matched;
    private final int[] partner;

    PatienceDiff(int[] a, int[] b, boolean[] matched, int[] partner) {
      this.a = a;
      this.b = b;
      this.matched = matched;
      this.partner = partner;
    }

    void run() {
      Deque<int[]> ranges = new ArrayDeque<>();
      ranges.push(new int[] {0, a.length, 0, b.length});
      while (!ranges.isEmpty()) {
        int[] r = ranges.pop();
        int a0 = r[0];
        int a1 = r[1];
        int b0 = r[2];
        int b1 = r[3];
        while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) {
          match(a0++, b0++);
        }
        while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1]) {
          match(--a1, --b1);
        }
        if (a0 == a1 || b0 == b1) {
          continue;
        }
        int[][] anchors = uniqueAnchors(a0, a1, b0, b1);
        int pa = a0;
        int pb = b0;
        for (int[] anchor : anchors) {
          match(anchor[0], anchor[1]);
          if (anchor[0] > pa && anchor[1] > pb) {
            ranges.push(new int[] {pa, anchor[0], pb, anchor[1]});
          }
          pa = anchor[0] + 1;
          pb = anchor[1] + 1;
        }
        if (anchors.length > 0 && a1 > pa && b1 > pb) {
          ranges.push(new int[] {pa, a1, pb, b1});
        }
      }
    }

    private void match(int i, int j) {
      matched[i] = true;
      partner[i] = j;
    }

    /** Pairs of tokens unique on both sides, along their longest increasing subsequence. */
    private int[][] uniqueAnchors(int a0, int a1, int b0, int b1) {
      Map<Integer, int[]> seen = new HashMap<>();
      for (int i = a0; i < a1; i++) {
        int[] s = seen.computeIfAbsent(a[i], x -> new int[] {0, -1, 0, -1});
        s[0]++;
        s[1] = i;
      }
      for (int j = b0; j < b1; j++) {
        int[] s = seen.get(b[j]);
        if (s != null) {
          s[2]++;
          s[3] = j;
        }
      }
      List<int[]> pairs = new ArrayList<>();
      for (int i = a0; i < a1; i++) {
        int[] s = seen.get(a[i]);
        if (s[0] == 1 && s[2] == 1) {
          pairs.add(new int[] {i, s[3]});
        }
      }
      return longestIncreasing(pairs);
    }

    /** The longest subsequence of pairs (sorted by old index) whose new indexes increase. */
    private static int[][] longestIncreasing(List<int[]> pairs) {
      int n = pairs.size();
      int[] tails = new int[n];
      int[] previous = new int[n];
      int length = 0;
      for (int k = 0; k < n; k++) {
        int value = pairs.get(k)[1];
        int lo = 0;
        int hi = length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (pairs.get(tails[mid])[1] < value) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        previous[k] = lo > 0 ? tails[lo - 1] : -1;
        tails[lo] = k;
        if (lo == length) {
          length++;
        }
      }
      int[][] out = new int[length][];
      int k = length > 0 ? tails[length - 1] : -1;
      for (int p = length - 1; p >= 0; p--) {
        out[p] = pairs.get(k);
        k = previous[k];
      }
      return out;
    }
  }
}
