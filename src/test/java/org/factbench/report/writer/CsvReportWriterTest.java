package org.factbench.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV writer's cells, without a report around them (the report: ReportFormatsTest). */
class CsvReportWriterTest {

  @Test
  void a_cell_a_spreadsheet_would_read_as_a_formula_gets_an_apostrophe_and_stays_text() {
    assertThat(CsvReportWriter.inert("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvReportWriter.inert("+1")).isEqualTo("'+1");
    assertThat(CsvReportWriter.inert("-1")).isEqualTo("'-1");
    assertThat(CsvReportWriter.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvReportWriter.inert("\tx")).isEqualTo("'\tx");
    assertThat(CsvReportWriter.inert("\rx")).isEqualTo("'\rx");
    assertThat(CsvReportWriter.inert("plain")).isEqualTo("plain");
    assertThat(CsvReportWriter.inert(null)).isEmpty();
  }
}
