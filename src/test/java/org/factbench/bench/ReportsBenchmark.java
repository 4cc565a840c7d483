package org.factbench.bench;

import java.io.OutputStream;
import java.util.EnumSet;
import org.factbench.claim.ClaimStatus;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportRequest;
import org.factbench.report.ReportService;
import org.factbench.security.Role;
import org.factbench.testsupport.ClaimDataGenerator;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints export times per format for 1,000 and 10,000 claims with 3 sources each: the median of
 * three runs after a warm-up run, next to the targets of issue 7, and the peak heap in use while
 * the runs go, above the heap in use before each run, two ways (see {@link PeakHeap}): used,
 * sampled every 5 ms (garbage not yet collected counts too, so run with a fixed heap for figures
 * that compare), and live, the peak of the heap in use after each garbage collection. Asserts
 * nothing about time. Run with {@code ./mvnw -Pbenchmark test -Dtest=ReportsBenchmark
 * -DargLine="-Xms1g -Xmx1g"}; as a hard check of the memory a PDF needs, run it with a small heap
 * ({@code -DargLine="-Xmx448m -Xlog:gc:file=target/pdf-gc.log" -Dbench.sizes=10000
 * -Dbench.formats=PDF}: about the heap at start plus 256 MB), where it must finish without an
 * OutOfMemoryError; the heap after each full GC in that log is the live set. With a large heap the
 * live figure is an upper bound: after a young collection, old-generation garbage still counts.
 */
@Tag("benchmark")
@IntegrationTest
class ReportsBenchmark {

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired ReportService reports;

  @Test
  void export_times_and_peak_heap_per_format() throws Exception {
    for (int size : SIZES) {
      var ws = fixtures.workspace("report-bench");
      var editor = fixtures.user("report-bench-editor");
      fixtures.member(ws, editor, Role.EDITOR);
      ClaimDataGenerator.generate(jdbc, ws.id(), editor.id(), size);
      jdbc.sql(
              """
              insert into source (claim_id, url, title, publisher, published_on, passage, stance, created_by)
              select c.id, 'https://stats.example.org/series/' || c.id || '/' || n,
                     'Statistical series ' || n, 'Statistics office', date '2026-01-15',
                     'The series shows a rise of ' || (c.id % 97) || ' percent over the period.',
                     (array['SUPPORTS','REFUTES','CONTEXT'])[n], :actor
              from claim c cross join generate_series(1, 3) as n where c.workspace_id = :ws
              """)
          .param("ws", ws.id())
          .param("actor", editor.id())
          .update();
      var request = new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), false, false, false);
      for (ReportFormat format : FORMATS) {
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        long[] processCpu = new long[RUNS];
        long peak = 0;
        long live = 0;
        long baseline = 0;
        long bytes = 0;
        String refusal = null;
        // one warm-up run, then RUNS measured runs
        for (int run = -1; run < RUNS && refusal == null; run++) {
          PeakHeap heap = PeakHeap.start();
          CountingStream out = new CountingStream();
          long t0 = System.nanoTime();
          long c0 = THREADS.getCurrentThreadCpuTime();
          long p0 = PROCESS.getProcessCpuTime();
          try {
            fixtures.as(editor, () -> reports.export(ws.id(), request, format, out));
          } catch (org.factbench.base.ValidationFailedException refused) {
            refusal = refused.getMessage();
          }
          long elapsed = (System.nanoTime() - t0) / 1_000_000;
          long cpuMs = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
          long processCpuMs = (PROCESS.getProcessCpuTime() - p0) / 1_000_000;
          long used = heap.stop();
          if (run >= 0) {
            ms[run] = elapsed;
            cpu[run] = cpuMs;
            processCpu[run] = processCpuMs;
            peak = Math.max(peak, used);
            live = Math.max(live, heap.live());
            baseline = heap.baseline();
            bytes = out.bytes;
          }
        }
        if (refusal != null) {
          System.out.printf(
              "[bench] export %,6d claims as %-14s refused: %s%n", size, format.name(), refusal);
          continue;
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(processCpu);
        System.out.printf(
            "[bench] export %,6d claims as %s: median %.2f s (target < %s s), peak +%,d MB used,"
                + " +%,d MB live after GC (target < 256 MB); runs %s ms, exporting thread's CPU"
                + " median %.2f s, the JVM's CPU (all threads, GC too) median %.2f s, %,d KB written, heap %,d MB at start (after GC), max %,d MB%n",
            size,
            format.name(),
            ms[RUNS / 2] / 1000.0,
            target(format, size),
            peak / (1024 * 1024),
            live / (1024 * 1024),
            java.util.Arrays.toString(ms),
            cpu[RUNS / 2] / 1000.0,
            processCpu[RUNS / 2] / 1000.0,
            bytes / 1024,
            baseline / (1024 * 1024),
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
    }
  }

  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The sizes measured: {@code -Dbench.sizes=10000} for one. */
  private static final int[] SIZES =
      java.util.stream.Stream.of(System.getProperty("bench.sizes", "1000,10000").split(","))
          .mapToInt(n -> Integer.parseInt(n.strip()))
          .toArray();

  /**
   * The formats in the order measured, the PDF (by far the longest) last: {@code
   * -Dbench.formats=PDF} for one.
   */
  private static final java.util.List<ReportFormat> FORMATS =
      java.util.stream.Stream.of(ReportFormat.values())
          .filter(
              f ->
                  System.getProperty("bench.formats", "").isBlank()
                      || java.util.List.of(System.getProperty("bench.formats").split(","))
                          .contains(f.name()))
          .sorted(java.util.Comparator.comparing(f -> f == ReportFormat.PDF))
          .toList();

  /** Measured runs per format, after one warm-up run; the median is printed. */
  private static final int RUNS = 3;

  /** The time targets of issue 7, for 10,000 claims (a tenth of them for 1,000). */
  private static String target(ReportFormat format, int size) {
    double seconds =
        switch (format) {
          case HTML -> 3;
          case PDF -> 20;
          default -> 1.5;
        };
    return String.format("%.2f", seconds * size / 10_000);
  }

  /** Counts bytes and throws them away. */
  static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
