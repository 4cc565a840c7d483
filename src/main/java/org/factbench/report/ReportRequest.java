package org.factbench.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.ClaimsInScope;

/**
 * What goes into a report: one document or the whole workspace ({@code documentId} null), the claim
 * states (published when none are given), and for editors and above, internal notes and history.
 * The states are copied into a set of the request's own, so what was checked is what is read.
 */
public record ReportRequest(
    Long documentId,
    Set<ClaimStatus> statuses,
    boolean includeNotes,
    boolean includeHistory,
    boolean excelBom) {

  public ReportRequest {
    statuses =
        Collections.unmodifiableSet(
            statuses == null || statuses.isEmpty()
                ? EnumSet.of(ClaimStatus.PUBLISHED)
                : EnumSet.copyOf(statuses));
  }

  public static ReportRequest published(Long documentId) {
    return new ReportRequest(documentId, EnumSet.of(ClaimStatus.PUBLISHED), false, false, false);
  }

  /** The claims this request covers, as the claim module scopes them. */
  ClaimsInScope.Scope claimScope() {
    return new ClaimsInScope.Scope(statuses, documentId);
  }
}
