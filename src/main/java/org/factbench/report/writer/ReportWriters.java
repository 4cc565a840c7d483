package org.factbench.report.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;

/** The writer of each format: exactly one per {@link ReportFormat}, checked at start-up. */
@Component
public class ReportWriters {

  private final Map<ReportFormat, ReportWriter> byFormat = new EnumMap<>(ReportFormat.class);

  ReportWriters(List<ReportWriter> writers) {
    for (ReportWriter w : writers) {
      ReportWriter before = byFormat.put(w.format(), w);
      if (before != null) {
        throw new IllegalStateException(
            "Two writers for " + w.format() + ": " + before.getClass() + " and " + w.getClass());
      }
    }
    for (ReportFormat f : ReportFormat.values()) {
      if (!byFormat.containsKey(f)) {
        throw new IllegalStateException("No writer for the report format " + f);
      }
    }
  }

  /** Writes the report in {@code format}; see {@link ReportWriter#write}. */
  public void write(
      ReportPlan plan, Iterable<Report.Item> items, ReportFormat format, OutputStream out)
      throws IOException {
    byFormat.get(format).write(plan, items, out);
  }
}
