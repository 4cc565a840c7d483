package org.factbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimsInScope;
import org.factbench.claim.Verdict;

/**
 * What a report covers, read before any of its claims: its heading, how many claims it has and how
 * many of them have each verdict. The claims themselves are read chunk by chunk while the report is
 * written (see {@link ReportReader}), so a report of any size is never held in memory as a whole.
 *
 * <p>Anyone can build a plan; {@link ReportService#write} therefore takes only its workspace,
 * request and time from it and plans the report again for the caller.
 */
public record ReportPlan(
    ReportHeading heading, int claimCount, List<Map.Entry<String, Long>> verdictCounts) {

  /**
   * Counts by verdict label in scale order, "No verdict" last and labels off the scale before it,
   * leaving out verdicts no claim has: {@code labels} gives each label (null for none) with its
   * count.
   */
  static List<Map.Entry<String, Long>> verdictCounts(
      List<Verdict> scale, Iterable<ClaimsInScope.LabelCount> labels) {
    var counts = new LinkedHashMap<String, Long>();
    for (Verdict v : scale) {
      counts.put(v.label(), 0L);
    }
    long none = 0;
    for (ClaimsInScope.LabelCount e : labels) {
      if (e.label() == null) {
        none += e.claims();
      } else {
        counts.merge(e.label(), e.claims(), Long::sum);
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
