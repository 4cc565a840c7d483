package org.factbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap in use while some work runs, above the heap in use before it: sampled every 5 ms by
 * a daemon thread from {@link #start()} to {@link #stop()}.
 */
final class PeakHeap {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long before;
  private final AtomicLong peak;
  private final Thread sampler;

  private PeakHeap() {
    System.gc();
    before = memory.getHeapMemoryUsage().getUsed();
    peak = new AtomicLong(before);
    sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                      Thread.sleep(5);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  static PeakHeap start() {
    return new PeakHeap();
  }

  private void sample() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  /** Stops sampling; the peak above the start, in bytes. */
  long stop() throws InterruptedException {
    sample();
    sampler.interrupt();
    sampler.join();
    return Math.max(0, peak.get() - before);
  }
}
