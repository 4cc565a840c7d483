package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimDetail;
import org.factbench.document.DocumentSummary;
import org.factbench.evidence.SourceArchive;
import org.factbench.history.HistoryEntry;

/**
 * A report's content with all its claims read ({@link ReportService#build}): its heading and each
 * claim with its document, review steps and, when asked for, its history. Exports do not hold this:
 * they stream the claims of a {@link ReportPlan}.
 */
public record Report(ReportHeading heading, List<Item> claims) {

  /**
   * One claim with what the report says about it; {@code archives} holds what evidence knows of its
   * sources (archived copy, SHA-256, passage check, watch), by source id.
   */
  public record Item(
      ClaimDetail claim,
      DocumentSummary document,
      String proposedBy,
      String approvedBy,
      Instant approvedAt,
      String publishedBy,
      Instant publishedAt,
      List<HistoryEntry> history,
      Map<Long, SourceArchive> archives) {

    /** What evidence knows of source {@code sourceId}, or null. */
    public SourceArchive archive(long sourceId) {
      return archives == null ? null : archives.get(sourceId);
    }
  }
}
