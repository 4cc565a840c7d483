package org.factbench.report;

import java.time.Instant;
import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;

/**
 * A report's content with all its claims read ({@link ReportService#build}): its heading and each
 * claim with its document, review steps and, when asked for, its history. Exports do not hold this:
 * they stream the claims of a {@link ReportPlan}.
 */
public record Report(ReportHeading heading, List<Item> claims) {

  /** One claim with what the report says about it. */
  public record Item(
      ClaimDetail claim,
      DocumentSummary document,
      String proposedBy,
      String approvedBy,
      Instant approvedAt,
      String publishedBy,
      Instant publishedAt,
      List<HistoryEntry> history) {}
}
