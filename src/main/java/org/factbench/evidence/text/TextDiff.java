package org.factbench.evidence.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two archived texts, line by line (Myers' diff, after the lines both share at
 * the start and the end are set aside), shown as changed lines with a few lines of context around
 * them. A text that changed in more than {@value #MAX_EDITS} lines is reported as changed
 * throughout, with its first lines.
 */
public final class TextDiff {

  /** How a line of the diff stands. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED,
    /** Lines left out between two changes: {@code text} says how many. */
    GAP
  }

  /** One line of the diff. */
  public record Line(Kind kind, String text) {}

  /** A diff: its lines, and the counts of removed and added lines. */
  public record Diff(List<Line> lines, int removed, int added, boolean throughout) {
    public boolean unchanged() {
      return removed == 0 && added == 0;
    }
  }

  static final int MAX_EDITS = 1_500;
  static final int CONTEXT = 2;
  static final int MAX_LINES_SHOWN = 400;

  private TextDiff() {}

  /** The diff from {@code before} to {@code after}. */
  public static Diff of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix
        && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    String[] ma = Arrays.copyOfRange(a, prefix, a.length - suffix);
    String[] mb = Arrays.copyOfRange(b, prefix, b.length - suffix);
    List<Line> middle = myers(ma, mb);
    boolean throughout = middle == null;
    if (throughout) {
      middle = new ArrayList<>();
      for (String s : ma) {
        middle.add(new Line(Kind.REMOVED, s));
      }
      for (String s : mb) {
        middle.add(new Line(Kind.ADDED, s));
      }
    }
    List<Line> all = new ArrayList<>(prefix + middle.size() + suffix);
    for (int k = 0; k < prefix; k++) {
      all.add(new Line(Kind.SAME, a[k]));
    }
    all.addAll(middle);
    for (int k = a.length - suffix; k < a.length; k++) {
      all.add(new Line(Kind.SAME, a[k]));
    }
    int removed = (int) middle.stream().filter(l -> l.kind() == Kind.REMOVED).count();
    int added = (int) middle.stream().filter(l -> l.kind() == Kind.ADDED).count();
    return new Diff(withContext(all), removed, added, throughout);
  }

  private static String[] lines(String text) {
    return text == null || text.isBlank()
        ? new String[0]
        : Arrays.stream(text.split("\n"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toArray(String[]::new);
  }

  /** Keeps changed lines with {@value #CONTEXT} lines around them; gaps for what is left out. */
  private static List<Line> withContext(List<Line> all) {
    boolean[] keep = new boolean[all.size()];
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).kind() != Kind.SAME) {
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
          keep[c] = true;
        }
      }
    }
    List<Line> shown = new ArrayList<>();
    int skipped = 0;
    for (int k = 0; k < all.size() && shown.size() < MAX_LINES_SHOWN; k++) {
      if (keep[k]) {
        if (skipped > 0) {
          shown.add(new Line(Kind.GAP, Integer.toString(skipped)));
          skipped = 0;
        }
        shown.add(all.get(k));
      } else {
        skipped++;
      }
    }
    return shown;
  }

  /**
   * Myers' O((N+M)D) shortest edit script from {@code a} to {@code b}; {@code null} when it needs
   * more than {@value #MAX_EDITS} edits.
   */
  static List<Line> myers(String[] a, String[] b) {
    int n = a.length;
    int m = b.length;
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max; d++) {
      trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x =
            (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[x].equals(b[y])) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
      if (found >= 0) {
        break;
      }
    }
    if (found < 0) {
      return null;
    }
    List<Line> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] prev = trace.get(d); // v before step d, indices [-d-1, d+1]
      int base = d + 1;
      int k = x - y;
      int prevK = (k == -d || (k != d && prev[base + k - 1] < prev[base + k + 1])) ? k + 1 : k - 1;
      int prevX = prev[base + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new Line(Kind.SAME, a[x - 1]));
        x--;
        y--;
      }
      if (x == prevX) {
        reversed.add(new Line(Kind.ADDED, b[y - 1]));
        y--;
      } else {
        reversed.add(new Line(Kind.REMOVED, a[x - 1]));
        x--;
      }
    }
    while (x > 0 && y > 0) {
      reversed.add(new Line(Kind.SAME, a[x - 1]));
      x--;
      y--;
    }
    List<Line> out = new ArrayList<>(reversed.size());
    for (int k = reversed.size() - 1; k >= 0; k--) {
      out.add(reversed.get(k));
    }
    return out;
  }
}
