package org.factbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factbench.base.NotAllowedException;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.RatingScale;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans reports and writes them in each format. Any member may export published claims; other
 * states, internal notes and history are for editors and above.
 *
 * <p>A report is first planned ({@link #plan}: permissions, scope, counts; refusals come from here,
 * before the first byte), then written ({@link #write}): its claims are read in chunks while they
 * are written, in one read-only transaction at repeatable read, so the whole file is one consistent
 * picture of the workspace and memory does not grow with the number of claims.
 */
@Service
public class ReportService {

  private final DocumentService documents;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final WorkspaceGuard guard;
  private final ReportRenderers renderers;
  private final ReportReader reader;

  /**
   * The largest PDF: PDFs are laid out in chunks of claims, so memory stays flat, but the time
   * grows with the claims (10,000 take about 15 s; see the README's benchmarks); a larger PDF is
   * refused with a message pointing to HTML, CSV or a narrower scope.
   */
  @Value("${factbench.report.pdf-max-claims:20000}")
  private int pdfMaxClaims;

  ReportService(
      DocumentService documents,
      RatingScale ratings,
      WorkspaceService workspaces,
      WorkspaceGuard guard,
      ReportRenderers renderers,
      ReportReader reader) {
    this.documents = documents;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.guard = guard;
    this.renderers = renderers;
    this.reader = reader;
  }

  /**
   * What the report covers, how many claims and verdicts (no claim read yet); refuses what the
   * caller's role may not export.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ReportPlan plan(long workspaceId, ReportRequest request) {
    refuseWhatTheRoleMayNotExport(workspaceId, request);
    WorkspaceSummary ws = workspaces.get(workspaceId);
    String scope =
        request.documentId() != null
            ? documents.get(workspaceId, request.documentId()).document().title()
            : "All documents of " + ws.name();
    var scale = ratings.of(workspaceId);
    var counts = reader.labelCounts(workspaceId, request);
    Map<Long, DocumentSummary> docs = reader.documents(workspaceId, request);
    return new ReportPlan(
        workspaceId,
        ws.name(),
        ws.organisation(),
        scope,
        Instant.now(),
        request,
        scale,
        docs,
        (int) counts.stream().mapToLong(Map.Entry::getValue).sum(),
        ReportPlan.verdictCounts(scale, counts));
  }

  private void refuseWhatTheRoleMayNotExport(long workspaceId, ReportRequest request) {
    Role role = guard.roleIn(workspaceId);
    Set<ClaimStatus> states = request.statesOrDefault();
    if (!role.includes(Role.EDITOR)) {
      if (!states.equals(EnumSet.of(ClaimStatus.PUBLISHED))) {
        throw new NotAllowedException("Viewers export published claims only.");
      }
      if (request.includeNotes() || request.includeHistory()) {
        throw new NotAllowedException(
            "Internal notes and history are for editors, reviewers and admins.");
      }
    }
  }

  /**
   * The report with all its claims read, in report order: for small reports and tests. Exports
   * stream instead ({@link #write}).
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Report build(long workspaceId, ReportRequest request) {
    ReportPlan plan = plan(workspaceId, request);
    List<Report.Item> items = new ArrayList<>(plan.claimCount());
    reader.items(plan).forEach(items::add);
    return new Report(
        plan.workspaceId(),
        plan.workspaceName(),
        plan.organisation(),
        plan.scopeTitle(),
        plan.generatedAt(),
        plan.request(),
        plan.scale(),
        new HashMap<>(plan.documents()),
        items);
  }

  /** Plans the report and writes it in {@code format} to {@code out}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void export(
      long workspaceId, ReportRequest request, ReportFormat format, OutputStream out) {
    ReportPlan plan = plan(workspaceId, request);
    refuseOversizedPdf(plan, format);
    write(plan, format, out);
  }

  /**
   * Writes a report planned before (so that refusals come before the first byte), reading its
   * claims chunk by chunk as they are written.
   */
  @PreAuthorize("@workspaceGuard.has(#plan.workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void write(ReportPlan plan, ReportFormat format, OutputStream out) {
    refuseWhatTheRoleMayNotExport(plan.workspaceId(), plan.request());
    refuseOversizedPdf(plan, format);
    try {
      renderers.write(
          plan,
          reader.items(plan),
          format,
          out,
          id -> documents.get(plan.workspaceId(), id).text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a PDF with more claims than {@code factbench.report.pdf-max-claims}. */
  public void refuseOversizedPdf(ReportPlan plan, ReportFormat format) {
    if (format == ReportFormat.PDF && plan.claimCount() > pdfMaxClaims) {
      throw new org.factbench.base.ValidationFailedException(
          "format",
          "A PDF report holds up to "
              + pdfMaxClaims
              + " claims; this one has "
              + plan.claimCount()
              + ". Choose one document or fewer states, or use HTML or CSV.");
    }
  }

  /** The first {@code limit} claims of a planned report as an HTML page, for the preview. */
  @PreAuthorize("@workspaceGuard.has(#plan.workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public String preview(ReportPlan plan, int limit) {
    refuseWhatTheRoleMayNotExport(plan.workspaceId(), plan.request());
    return renderers.html(plan, reader.items(plan, limit));
  }

  /** The report as an HTML page. */
  @PreAuthorize("@workspaceGuard.has(#report.workspaceId(), 'VIEWER')")
  public String html(Report report) {
    return renderers.html(report.plan(), report.claims());
  }

  /** A file name for the download: the scope and the date, safe for every file system. */
  public static String fileName(ReportPlan plan, ReportFormat format) {
    String base = plan.scopeTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    return "factbench-"
        + (base.isEmpty() ? "report" : base.toLowerCase(java.util.Locale.ROOT))
        + "-"
        + java.time.LocalDate.ofInstant(plan.generatedAt(), java.time.ZoneOffset.UTC)
        + "."
        + format.extension();
  }
}
