package org.factbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentSummary;

/**
 * What a report is about, as its heading shows it: the workspace, the scope and its request, when
 * it was made, the workspace's rating scale and the documents its claims are anchored in (and the
 * scope's document). A {@link ReportPlan} adds the counts, a {@link Report} the claims.
 */
public record ReportHeading(
    long workspaceId,
    String workspaceName,
    String organisation,
    String scopeTitle,
    Instant generatedAt,
    ReportRequest request,
    List<Verdict> scale,
    Map<Long, DocumentSummary> documents) {}
