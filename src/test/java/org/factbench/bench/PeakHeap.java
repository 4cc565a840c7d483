package org.factbench.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap while some work runs, above the heap before it (taken after a {@code System.gc()}),
 * in two ways: the heap <em>used</em>, sampled every 5 ms by a daemon thread, which counts garbage
 * not yet collected and so depends on the heap's size; and the heap still in use <em>after each
 * garbage collection</em> (the pools' usage after GC, from the collectors' notifications), which is
 * closer to what the work holds live, but an upper bound: after a young collection the old
 * generation's garbage, freed only by a later mixed or full collection, still counts. From {@link
 * #start()} to {@link #stop()}.
 */
final class PeakHeap {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long before;
  private final AtomicLong peak;
  private final AtomicLong livePeak = new AtomicLong();
  private final List<Runnable> unsubscribe = new ArrayList<>();
  private final Thread sampler;

  private PeakHeap() {
    System.gc();
    before = memory.getHeapMemoryUsage().getUsed();
    peak = new AtomicLong(before);
    livePeak.set(before);
    NotificationListener listener = this::collected;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (javax.management.ListenerNotFoundException e) {
                // already gone
              }
            });
      }
    }
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

  /** One collection ended: the heap pools' usage after it, summed, may be a new live peak. */
  private void collected(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long after = 0;
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (isHeap(pool.getKey())) {
        MemoryUsage usage = pool.getValue();
        after += usage.getUsed();
      }
    }
    livePeak.accumulateAndGet(after, Math::max);
  }

  private static final java.util.Set<String> HEAP_POOLS = heapPools();

  private static java.util.Set<String> heapPools() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  private static boolean isHeap(String pool) {
    return HEAP_POOLS.contains(pool);
  }

  /** The heap in use after the {@code System.gc()} at the start, in bytes. */
  long baseline() {
    return before;
  }

  /** Stops sampling; the peak of heap used above the start, in bytes. */
  long stop() throws InterruptedException {
    sample();
    sampler.interrupt();
    sampler.join();
    unsubscribe.forEach(Runnable::run);
    return Math.max(0, peak.get() - before);
  }

  /**
   * After {@link #stop()}: the peak of the heap in use after a garbage collection during the work,
   * above the start, in bytes (0 if no collection ran).
   */
  long live() {
    return Math.max(0, livePeak.get() - before);
  }
}
