package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;

/**
 * A report's content, read once and rendered into any format: the workspace, the scope, the
 * workspace's rating scale, and each claim with its document, review steps and, when asked for, its
 * history.
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

  /** How many claims have each verdict, in scale order (no verdict last). */
  public List<Map.Entry<String, Long>> verdictCounts() {
    var counts = new java.util.LinkedHashMap<String, Long>();
    for (Verdict v : scale) {
      counts.put(v.label(), 0L);
    }
    for (Item i : claims) {
      String label = i.claim().verdict() == null ? "No verdict" : i.claim().verdict().label();
      counts.merge(label, 1L, Long::sum);
    }
    return counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
  }
}
