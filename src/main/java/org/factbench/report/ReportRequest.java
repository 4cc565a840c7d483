package org.factbench.report;

import java.util.EnumSet;
import java.util.Set;
import org.factbench.claim.ClaimStatus;

/**
 * What goes into a report: one document or the whole workspace ({@code documentId} null), the claim
 * states (published by default), and for editors and above, internal notes and history.
 */
public record ReportRequest(
    Long documentId,
    Set<ClaimStatus> statuses,
    boolean includeNotes,
    boolean includeHistory,
    boolean excelBom) {

  public static ReportRequest published(Long documentId) {
    return new ReportRequest(documentId, EnumSet.of(ClaimStatus.PUBLISHED), false, false, false);
  }

  Set<ClaimStatus> statesOrDefault() {
    return statuses == null || statuses.isEmpty() ? EnumSet.of(ClaimStatus.PUBLISHED) : statuses;
  }
}
