package org.factbench.report.writer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;

/**
 * CSV for spreadsheets: RFC 4180 quoting (commons-csv), one row per claim, cells that a spreadsheet
 * would read as formulas made text ({@link #inert}), and a byte order mark for Excel when asked
 * for.
 */
@Component
class CsvReportWriter implements ReportWriter {

  static final List<String> HEADER =
      List.of(
          "claim_id",
          "document",
          "claim",
          "quote",
          "claimant",
          "time",
          "status",
          "verdict",
          "rationale",
          "sources",
          "same_claim_as",
          "figure_check",
          "proposed_by",
          "approved_by",
          "approved_on",
          "published_on",
          "updated_at");

  @Override
  public ReportFormat format() {
    return ReportFormat.CSV;
  }

  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    if (plan.heading().request().excelBom()) {
      w.write('\ufeff');
    }
    Formatting f = Formatting.INSTANCE;
    try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord(HEADER);
      for (Report.Item i : items) {
        var c = i.claim();
        csv.printRecord(
            List.of(
                    Long.toString(c.id()),
                    i.document() == null ? "" : i.document().title(),
                    c.wording(),
                    c.anchor() == null ? "" : c.anchor().quote(),
                    orBlank(c.claimant()),
                    f.time(c.timeSeconds()),
                    c.status().label(),
                    f.verdict(i),
                    c.rationale(),
                    c.sources().stream()
                        .map(
                            s ->
                                s.stance().label()
                                    + ": "
                                    + s.url()
                                    + (i.archive(s.id()) == null
                                        ? ""
                                        : " (" + f.archive(i.archive(s.id())) + ")"))
                        .collect(Collectors.joining("\n")),
                    c.sameAs() == null ? "" : Long.toString(c.sameAs().id()),
                    orBlank(c.figureCheck()),
                    orBlank(i.proposedBy()),
                    orBlank(i.approvedBy()),
                    f.date(i.approvedAt()),
                    f.date(i.publishedAt()),
                    f.dateTime(c.updatedAt()))
                .stream()
                .map(CsvReportWriter::inert)
                .toList());
      }
    }
  }

  /**
   * A cell a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return first) gets
   * a leading apostrophe, so it stays text.
   */
  static String inert(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static String orBlank(String s) {
    return s == null ? "" : s;
  }
}
