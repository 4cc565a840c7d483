package org.factbench.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A fixed single-thread workload, measured before a load test so that figures from machines of
 * different speeds can be compared: how many SHA-256 digests of 64 KiB one thread computes per
 * second. A target in milliseconds becomes a number of these digests ("work units"), which holds
 * across machines as far as their cores differ in speed alone.
 */
final class Calibration {

  private static final int BLOCK = 64 * 1024;

  private Calibration() {}

  /** Digests per second on one thread, after a second's warm-up, measured over two seconds. */
  static double digestsPerSecond() {
    byte[] block = new byte[BLOCK];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) (i * 31);
    }
    run(block, 1_000_000_000L);
    long start = System.nanoTime();
    long done = run(block, 2_000_000_000L);
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private static long run(byte[] block, long nanos) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long end = System.nanoTime() + nanos;
    long n = 0;
    byte sink = 0;
    while (System.nanoTime() < end) {
      sha.update(block);
      sink ^= sha.digest()[0];
      n++;
    }
    if (sink == 42) {
      System.out.print("");
    }
    return n;
  }

  /** {@code millis} as work units of a machine that computes {@code perSecond} digests. */
  static String units(double millis, double perSecond) {
    return String.format(Locale.ROOT, "%.0f", millis * perSecond / 1000.0);
  }
}
