package org.factbench.assist.retrieval;

import java.util.Arrays;

/**
 * A map from long keys to non-negative int values, open addressing with linear probing: about 12
 * bytes an entry where a {@code HashMap<Long, Integer>} takes about 60. Not thread-safe.
 */
final class LongIntMap {

  private static final int FREE = -1;
  private static final int REMOVED = -2;

  private long[] keys;
  private int[] values;
  private int size;
  private int used;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, FREE);
  }

  int size() {
    return size;
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == FREE) {
        return -1;
      }
      if (v != REMOVED && keys[i] == key) {
        return v;
      }
    }
  }

  void put(long key, int value) {
    if ((used + 1) * 4 > keys.length * 3) {
      rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
    }
    int mask = keys.length - 1;
    int tomb = -1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == FREE) {
        int at = tomb >= 0 ? tomb : i;
        if (tomb < 0) {
          used++;
        }
        keys[at] = key;
        values[at] = value;
        size++;
        return;
      }
      if (v == REMOVED) {
        if (tomb < 0) {
          tomb = i;
        }
      } else if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  void remove(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == FREE) {
        return;
      }
      if (v != REMOVED && keys[i] == key) {
        values[i] = REMOVED;
        size--;
        return;
      }
    }
  }

  long bytes() {
    return keys.length * 12L;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, FREE);
    size = 0;
    used = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
