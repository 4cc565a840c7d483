package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentSummary;

/**
 * What a report covers, read before any of its claims: the workspace, the scope, the rating scale,
 * the documents its claims are anchored in, how many claims it has and how many of them have each
 * verdict. The claims themselves are read chunk by chunk while the report is written (see {@link
 * ReportReader}), so a report of any size is never held in memory as a whole.
 */
public record ReportPlan(
    long workspaceId,
    String workspaceName,
    String organisation,
    String scopeTitle,
    Instant generatedAt,
    ReportRequest request,
    List<Verdict> scale,
    Map<Long, DocumentSummary> documents,
    int claimCount,
    List<Map.Entry<String, Long>> verdictCounts) {

  /**
   * Counts by verdict label in scale order, "No verdict" last and labels off the scale before it,
   * leaving out verdicts no claim has: {@code labels} gives each claim's label (null for none) with
   * its count.
   */
  static List<Map.Entry<String, Long>> verdictCounts(
      List<Verdict> scale, Iterable<Map.Entry<String, Long>> labels) {
    var counts = new java.util.LinkedHashMap<String, Long>();
    for (Verdict v : scale) {
      counts.put(v.label(), 0L);
    }
    long none = 0;
    for (Map.Entry<String, Long> e : labels) {
      if (e.getKey() == null) {
        none += e.getValue();
      } else {
        counts.merge(e.getKey(), e.getValue(), Long::sum);
      }
    }
    if (none > 0) {
      counts.merge("No verdict", none, Long::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
