package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;

/**
 * A report's content with all its claims read ({@link ReportService#build}): the workspace, the
 * scope, the workspace's rating scale, and each claim with its document, review steps and, when
 * asked for, its history. Exports do not hold this: they stream the claims of a {@link ReportPlan}.
 */
public record Report(
    long workspaceId,
    String workspaceName,
    String organisation,
    String scopeTitle,
    Instant generatedAt,
    ReportRequest request,
    List<Verdict> scale,
    Map<Long, DocumentSummary> documents,
    List<Item> claims) {

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

  /** What this report covers, with its counts, as {@link ReportService#plan} gives it. */
  public ReportPlan plan() {
    var labels = new java.util.ArrayList<Map.Entry<String, Long>>();
    for (Item i : claims) {
      labels.add(
          new java.util.AbstractMap.SimpleImmutableEntry<>(
              i.claim().verdict() == null ? null : i.claim().verdict().label(), 1L));
    }
    return new ReportPlan(
        workspaceId,
        workspaceName,
        organisation,
        scopeTitle,
        generatedAt,
        request,
        scale,
        documents,
        claims.size(),
        ReportPlan.verdictCounts(scale, labels));
  }
}
