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
 * Prints export times per format for 1,000 and 10,000 claims with 3 sources each, and the peak heap
 * in use while each export runs (sampled every 5 ms, above the heap in use before it). Asserts
 * nothing about time. Run with {@code ./mvnw -Pbenchmark test -Dtest=ReportsBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class ReportsBenchmark {

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired ReportService reports;

  @Test
  void export_times_and_peak_heap_per_format() throws Exception {
    for (int size : new int[] {1_000, 10_000}) {
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
      for (ReportFormat format : ReportFormat.values()) {
        PeakHeap heap = PeakHeap.start();
        CountingStream out = new CountingStream();
        long t0 = System.nanoTime();
        try {
          fixtures.as(editor, () -> reports.export(ws.id(), request, format, out));
        } catch (org.factbench.base.ValidationFailedException refused) {
          heap.stop();
          System.out.printf(
              "[bench] export %,6d claims as %-14s refused: %s%n",
              size, format.name(), refused.getMessage());
          continue;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peakHeap = heap.stop();
        System.out.printf(
            "[bench] export %,6d claims as %-14s %,7d ms  %,9d KB written  peak heap +%,d MB%n",
            size, format.name(), ms, out.bytes / 1024, peakHeap / (1024 * 1024));
      }
    }
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
