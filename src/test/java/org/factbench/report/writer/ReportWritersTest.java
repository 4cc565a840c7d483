package org.factbench.report.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.junit.jupiter.api.Test;

/** Each format is written by exactly one writer, chosen by its format. */
class ReportWritersTest {

  /** A writer that writes the name of its format and nothing else. */
  record Named(ReportFormat format) implements ReportWriter {
    @Override
    public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out)
        throws java.io.IOException {
      out.write(format.name().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static List<ReportWriter> oneForEachFormat() {
    List<ReportWriter> writers = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      writers.add(new Named(f));
    }
    return writers;
  }

  @Test
  void a_report_is_written_by_the_writer_of_its_format() throws Exception {
    ReportWriters writers = new ReportWriters(oneForEachFormat());
    for (ReportFormat f : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writers.write(null, List.of(), f, out);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(f.name());
    }
  }

  @Test
  void a_format_without_a_writer_or_with_two_stops_the_application_from_starting() {
    List<ReportWriter> missing = oneForEachFormat();
    missing.removeIf(w -> w.format() == ReportFormat.WEB_ANNOTATION);
    assertThatThrownBy(() -> new ReportWriters(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No writer for the report format WEB_ANNOTATION");

    List<ReportWriter> twice = oneForEachFormat();
    twice.add(new Named(ReportFormat.CSV));
    assertThatThrownBy(() -> new ReportWriters(twice))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two writers for CSV");
  }
}
