package org.factbench.assist;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence cut into words, each with its offsets and its lower-case form. A word is a run of
 * letters and digits; an apostrophe or hyphen inside it ("Molvar's", "all-time", "2022-23") and a
 * full stop or comma between digits ("6.3", "180,000") do not end it. Everything else does.
 */
final class Words {

  final String text;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private String[] lower = new String[16];
  private int size;

  private Words(String text) {
    this.text = text;
  }

  static Words of(String text) {
    Words w = new Words(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i++;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if (i + 1 < n && joins(c, text.charAt(i - 1), text.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      w.add(s, i);
    }
    return w;
  }

  private static boolean joins(char c, char before, char after) {
    if (c == '\'' || c == '’' || c == '-') {
      return Character.isLetterOrDigit(after);
    }
    return (c == '.' || c == ',') && Character.isDigit(before) && Character.isDigit(after);
  }

  private void add(int s, int e) {
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      end = Arrays.copyOf(end, size * 2);
      lower = Arrays.copyOf(lower, size * 2);
    }
    start[size] = s;
    end[size] = e;
    lower[size] = text.substring(s, e).toLowerCase(Locale.ROOT);
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** The word in lower case. */
  String lower(int i) {
    return lower[i];
  }

  /** The word as written. */
  String word(int i) {
    return text.substring(start[i], end[i]);
  }

  boolean capitalised(int i) {
    return Character.isUpperCase(text.charAt(start[i]));
  }

  boolean number(int i) {
    return Character.isDigit(text.charAt(start[i]));
  }

  /** Whether only spaces separate word {@code i} from the word before it. */
  boolean followsClosely(int i) {
    if (i == 0) {
      return false;
    }
    for (int k = end[i - 1]; k < start[i]; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The text from word {@code from} to word {@code to} (exclusive), as written. */
  String span(int from, int to) {
    return text.substring(start[from], end[to - 1]).strip().replaceAll("\\s+", " ");
  }
}
