package org.factbench.assist.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.apache.lucene.util.VectorUtil;

/**
 * Nearest neighbours over vectors held in the heap as 8-bit integers: each vector is scaled so that
 * its largest component is 127, and its scale kept beside it. A query is quantised the same way.
 * Below {@link #APPROXIMATE_FROM} vectors every vector is compared (no graph, nothing approximate
 * beyond the rounding). 200,000 vectors of 384 dimensions take about 92 MB with their signs.
 *
 * <p>Large indexes are searched in three steps (or, with {@code approximateFrom(MAX_VALUE)},
 * scanned exactly in {@code threads} parts at once): each vector also keeps the signs of its
 * components (48 bytes for 384 dimensions); the Hamming distance of those signs to the query's
 * keeps the nearest fifth, the query's own components summed over each kept vector's signs (an
 * asymmetric estimate of the dot product) keeps the nearest fiftieth, and only those are compared
 * in 8 bits. No graph is built, so loading costs what the exact scan's does. Searched this way, the
 * 10,375 CLEF-2020 verified claims keep 99.9% of the exact 30 nearest of the development tweets and
 * the same MAP@5 ({@code ClaimMatchingQualityTest}); {@code MatchingBenchmark} prints the share
 * kept among 200,000 synthetic vectors.
 */
public final class Int8VectorIndex implements VectorIndex {

  /** Below this many vectors one thread scans them all. */
  static final int PARALLEL_FROM = 20_000;

  /** From this many vectors on, {@link #nearest} is approximate by default (see above). */
  public static final int APPROXIMATE_FROM = 20_000;

  private final int dimensions;
  private final int threads;
  private final int words;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile int approximateFrom = APPROXIMATE_FROM;
  private byte[][] codes = new byte[1024][];
  private long[] signs;
  private float[] scales = new float[1024];
  private long[] ids = new long[1024];
  private final LongIntMap slots = new LongIntMap(1024);
  private int size;

  public Int8VectorIndex(int dimensions, int threads) {
    this.dimensions = dimensions;
    this.threads = Math.max(1, threads);
    this.words = (dimensions + 63) / 64;
    this.signs = new long[1024 * words];
  }

  /**
   * Searches exactly below {@code vectors} vectors, approximately from there on ({@code
   * Integer.MAX_VALUE}: always exactly; 0: always approximately).
   */
  public void approximateFrom(int vectors) {
    this.approximateFrom = vectors;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public void put(long id, float[] unitVector) {
    putAll(new long[] {id}, new float[][] {unitVector});
  }

  @Override
  public void putAll(long[] newIds, float[][] vectors) {
    byte[][] quantised = new byte[vectors.length][];
    float[] newScales = new float[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      if (vectors[i].length != dimensions) {
        throw new IllegalArgumentException(
            "A vector of " + vectors[i].length + " dimensions; this index holds " + dimensions);
      }
      quantised[i] = new byte[dimensions];
      newScales[i] = quantise(vectors[i], quantised[i]);
    }
    lock.writeLock().lock();
    try {
      for (int i = 0; i < newIds.length; i++) {
        int slot = slots.get(newIds[i]);
        if (slot < 0) {
          if (size == ids.length) {
            grow();
          }
          slot = size++;
          slots.put(newIds[i], slot);
        }
        ids[slot] = newIds[i];
        codes[slot] = quantised[i];
        scales[slot] = newScales[i];
        signs(quantised[i], signs, slot * words);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void delete(long id) {
    lock.writeLock().lock();
    try {
      int slot = slots.get(id);
      if (slot < 0) {
        return;
      }
      int last = --size;
      slots.remove(id);
      if (slot != last) {
        ids[slot] = ids[last];
        codes[slot] = codes[last];
        scales[slot] = scales[last];
        System.arraycopy(signs, last * words, signs, slot * words, words);
        slots.put(ids[slot], slot);
      }
      codes[last] = null;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public boolean contains(long id) {
    lock.readLock().lock();
    try {
      return slots.get(id) >= 0;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return size;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Bytes of heap the vectors and their bookkeeping take (array headers included). */
  public long heapBytes() {
    lock.readLock().lock();
    try {
      return (long) size * (dimensions + 16)
          + codes.length * 8L
          + signs.length * 8L
          + scales.length * 4L
          + ids.length * 8L
          + slots.bytes();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<ScoredId> nearest(float[] query, int k) {
    if (k <= 0) {
      return List.of();
    }
    byte[] q = new byte[dimensions];
    float qs = quantise(query, q);
    lock.readLock().lock();
    try {
      int n = size;
      int parts = n < PARALLEL_FROM ? 1 : threads;
      Top top =
          n >= approximateFrom && n > k
              ? approximate(query, q, k, n)
              : parts == 1
                  ? scan(q, k, 0, n)
                  : IntStream.range(0, parts)
                      .parallel()
                      .mapToObj(
                          p ->
                              scan(
                                  q,
                                  k,
                                  (int) ((long) p * n / parts),
                                  (int) ((long) (p + 1) * n / parts)))
                      .reduce(
                          (a, b) -> {
                            for (int i = 0; i < b.count; i++) {
                              a.offer(b.scores[i], b.slots[i]);
                            }
                            return a;
                          })
                      .orElseThrow();
      List<ScoredId> out = new ArrayList<>(top.count);
      for (int i = 0; i < top.count; i++) {
        int slot = top.slots[i];
        out.add(new ScoredId(ids[slot], (double) top.scores[i] * qs));
      }
      out.sort(
          (a, b) ->
              a.score() != b.score()
                  ? Double.compare(b.score(), a.score())
                  : Long.compare(a.id(), b.id()));
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Map<Long, Double> similarities(float[] query, Collection<Long> wanted) {
    byte[] q = new byte[dimensions];
    float qs = quantise(query, q);
    Map<Long, Double> out = new HashMap<>();
    lock.readLock().lock();
    try {
      for (long id : wanted) {
        int slot = slots.get(id);
        if (slot >= 0) {
          out.put(id, (double) VectorUtil.dotProduct(q, codes[slot]) * scales[slot] * qs);
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The {@code k} nearest of the first {@code n} slots, found by signs, then by the query against
   * the signs, then in 8 bits (see the class comment). Call with the read lock held.
   */
  private Top approximate(float[] query, byte[] q, int k, int n) {
    long[] querySigns = new long[words];
    signs(q, querySigns, 0);
    // 1. Hamming distance of the signs: keep the nearest fifth (a histogram finds the cut)
    short[] distance = new short[n];
    int[] histogram = new int[words * 64 + 1];
    for (int slot = 0, at = 0; slot < n; slot++, at += words) {
      int d = 0;
      for (int w = 0; w < words; w++) {
        d += Long.bitCount(signs[at + w] ^ querySigns[w]);
      }
      distance[slot] = (short) d;
      histogram[d]++;
    }
    int keep = Math.max(k * 40, n / 5);
    int cut = 0;
    for (int seen = 0; cut < histogram.length - 1 && (seen += histogram[cut]) < keep; ) {
      cut++;
    }
    // 2. the query's components summed over each kept vector's signs, from a table per byte
    float[] table = new float[words * 8 * 256];
    for (int b = 0; b < words * 8; b++) {
      int at = b * 256;
      for (int v = 1; v < 256; v++) {
        int dim = b * 8 + Integer.numberOfTrailingZeros(v);
        table[at + v] = table[at + (v & (v - 1))] + (dim < dimensions ? query[dim] : 0);
      }
    }
    Top rough = new Top(Math.min(n, Math.max(k * 20, n / 50)));
    for (int slot = 0; slot < n; slot++) {
      if (distance[slot] > cut) {
        continue;
      }
      float s = 0;
      int at = slot * words;
      for (int w = 0, t = 0; w < words; w++) {
        long x = signs[at + w];
        for (int b = 0; b < 8; b++, t += 256) {
          s += table[t + (int) ((x >>> (b * 8)) & 0xff)];
        }
      }
      rough.offer(s, slot);
    }
    // 3. the 8-bit dot product of the rest
    Top top = new Top(k);
    for (int i = 0; i < rough.count; i++) {
      int slot = rough.slots[i];
      top.offer(VectorUtil.dotProduct(q, codes[slot]) * scales[slot], slot);
    }
    return top;
  }

  /** Sets bit {@code i} of {@code out} (from word {@code at}) when {@code code[i]} is positive. */
  private void signs(byte[] code, long[] out, int at) {
    java.util.Arrays.fill(out, at, at + words, 0L);
    for (int i = 0; i < code.length; i++) {
      if (code[i] > 0) {
        out[at + (i >> 6)] |= 1L << (i & 63);
      }
    }
  }

  private Top scan(byte[] q, int k, int from, int to) {
    Top top = new Top(k);
    for (int slot = from; slot < to; slot++) {
      top.offer(VectorUtil.dotProduct(q, codes[slot]) * scales[slot], slot);
    }
    return top;
  }

  /** The best {@code k} (score, slot) pairs seen, as a min-heap on score. */
  private static final class Top {
    final float[] scores;
    final int[] slots;
    int count;

    Top(int k) {
      scores = new float[k];
      slots = new int[k];
    }

    void offer(float score, int slot) {
      if (count < scores.length) {
        int i = count++;
        scores[i] = score;
        slots[i] = slot;
        up(i);
      } else if (score > scores[0]) {
        scores[0] = score;
        slots[0] = slot;
        down(0);
      }
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (scores[parent] <= scores[i]) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        int smallest = i;
        if (l < count && scores[l] < scores[smallest]) {
          smallest = l;
        }
        if (l + 1 < count && scores[l + 1] < scores[smallest]) {
          smallest = l + 1;
        }
        if (smallest == i) {
          return;
        }
        swap(i, smallest);
        i = smallest;
      }
    }

    private void swap(int a, int b) {
      float s = scores[a];
      scores[a] = scores[b];
      scores[b] = s;
      int t = slots[a];
      slots[a] = slots[b];
      slots[b] = t;
    }
  }

  /** Writes {@code v} scaled to [-127, 127] into {@code out}; returns the scale back. */
  static float quantise(float[] v, byte[] out) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    if (max == 0) {
      return 0;
    }
    float scale = 127f / max;
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.round(v[i] * scale);
    }
    return max / 127f;
  }

  private void grow() {
    int cap = ids.length * 2;
    codes = java.util.Arrays.copyOf(codes, cap);
    scales = java.util.Arrays.copyOf(scales, cap);
    ids = java.util.Arrays.copyOf(ids, cap);
    signs = java.util.Arrays.copyOf(signs, cap * words);
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      codes = new byte[0][];
      size = 0;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
