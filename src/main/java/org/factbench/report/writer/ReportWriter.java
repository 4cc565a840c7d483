package org.factbench.report.writer;

import java.io.IOException;
import java.io.OutputStream;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;

/** Writes reports in one format. */
public interface ReportWriter {

  /** The format this writer writes. */
  ReportFormat format();

  /**
   * Writes the report planned in {@code plan} with its {@code items} (iterated once, in order) to
   * {@code out}, each claim as it comes, so that nothing holds the whole report.
   */
  void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out) throws IOException;
}
