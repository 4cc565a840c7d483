package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentSummary;

/**
 * What a report is about, as its heading shows it: the workspace, the scope and its request, when
 * it was made, the workspace's rating scale, the documents its claims are anchored in (and the
 * scope's document), and where the workspace publishes its fact-checks. A {@link ReportPlan} adds
 * the counts, a {@link Report} the claims.
 */
public record ReportHeading(
    long workspaceId,
    String workspaceName,
    String organisation,
    String scopeTitle,
    Instant generatedAt,
    ReportRequest request,
    List<Verdict> scale,
    Map<Long, DocumentSummary> documents,
    String publicUrlTemplate) {

  /** Where claim {@code claimId}'s fact-check is published by the workspace's template, or "". */
  public String publicUrlOf(long claimId) {
    return publicUrlTemplate == null || publicUrlTemplate.isBlank()
        ? ""
        : publicUrlTemplate.replace("{id}", Long.toString(claimId));
  }
}
