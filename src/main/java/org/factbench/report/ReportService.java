package org.factbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.base.NotAllowedException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.ClaimsInScope;
import org.factbench.claim.RatingScale;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.report.writer.ReportWriters;
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
 *
 * <p>A {@link ReportPlan} is a record anyone can build, so the methods given one ({@link #write},
 * {@link #preview}, {@link #refuseOversizedPdf}) trust none of it but its workspace, its request
 * and its time: they check the caller's role in that workspace, refuse what that role may not
 * export, and read the heading and counts again in their own transaction.
 */
@Service
public class ReportService {

  private final DocumentService documents;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final WorkspaceGuard guard;
  private final ReportWriters writers;
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
      ReportWriters writers,
      ReportReader reader) {
    this.documents = documents;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.guard = guard;
    this.writers = writers;
    this.reader = reader;
  }

  /**
   * What the report covers, how many claims and verdicts (no claim read yet); refuses what the
   * caller's role may not export.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ReportPlan plan(long workspaceId, ReportRequest request) {
    return plan(workspaceId, request, Instant.now());
  }

  private ReportPlan plan(long workspaceId, ReportRequest request, Instant generatedAt) {
    refuseWhatTheRoleMayNotExport(workspaceId, request);
    WorkspaceSummary ws = workspaces.get(workspaceId);
    String scope =
        request.documentId() != null
            ? documents.get(workspaceId, request.documentId()).document().title()
            : "All documents of " + ws.name();
    var scale = ratings.of(workspaceId);
    var counts = reader.labelCounts(workspaceId, request);
    Map<Long, DocumentSummary> docs = reader.documents(workspaceId, request);
    var heading =
        new ReportHeading(
            workspaceId,
            ws.name(),
            ws.organisation(),
            scope,
            generatedAt,
            request,
            scale,
            docs,
            ws.publicUrlTemplate());
    return new ReportPlan(
        heading,
        (int) counts.stream().mapToLong(ClaimsInScope.LabelCount::claims).sum(),
        ReportPlan.verdictCounts(scale, counts));
  }

  /**
   * The plan made again for the caller from what they may set: workspace, request and time (kept,
   * so that the file's heading and its name, made from the given plan, tell the same date).
   */
  private ReportPlan checked(ReportPlan given) {
    ReportHeading h = given.heading();
    return plan(
        h.workspaceId(), h.request(), h.generatedAt() == null ? Instant.now() : h.generatedAt());
  }

  /** Viewers export published claims only, without internal notes or history. */
  private void refuseWhatTheRoleMayNotExport(long workspaceId, ReportRequest request) {
    Role role = guard.roleIn(workspaceId);
    if (!role.includes(Role.EDITOR)) {
      if (!request.statuses().equals(EnumSet.of(ClaimStatus.PUBLISHED))) {
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
    reader.items(plan.heading()).forEach(items::add);
    return new Report(plan.heading(), items);
  }

  /** Plans the report and writes it in {@code format} to {@code out}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void export(
      long workspaceId, ReportRequest request, ReportFormat format, OutputStream out) {
    writePlanned(plan(workspaceId, request), format, out);
  }

  /**
   * Writes a report planned before (so that refusals come before the first byte), reading its
   * claims chunk by chunk as they are written. The plan is made again for the caller (see above),
   * in this method's transaction, so the heading's counts and the claims agree.
   */
  @PreAuthorize("@workspaceGuard.has(#plan.heading().workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void write(ReportPlan plan, ReportFormat format, OutputStream out) {
    writePlanned(checked(plan), format, out);
  }

  /** Writes a plan this service made. */
  private void writePlanned(ReportPlan plan, ReportFormat format, OutputStream out) {
    refuseOversizedPdf(plan.claimCount(), format);
    refuseClaimReviewWithoutAddresses(plan.heading(), format);
    try {
      writers.write(plan, reader.items(plan.heading()), format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a PDF with more claims than {@code factbench.report.pdf-max-claims}, counted again for
   * the caller (after the same role check as {@link #plan}).
   */
  @PreAuthorize("@workspaceGuard.has(#plan.heading().workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true)
  public void refuseOversizedPdf(ReportPlan plan, ReportFormat format) {
    if (format == ReportFormat.PDF) {
      ReportHeading h = plan.heading();
      refuseWhatTheRoleMayNotExport(h.workspaceId(), h.request());
      refuseOversizedPdf(reader.count(h.workspaceId(), h.request()), format);
    }
    if (format == ReportFormat.CLAIM_REVIEW) {
      refuseClaimReviewWithoutAddresses(checked(plan).heading(), format);
    }
  }

  /**
   * ClaimReview tells readers where the fact-check is published: the claim's own address, else the
   * workspace's public URL template. Without either for a claim it would describe, the export is
   * refused before its first byte, naming the claims.
   */
  private void refuseClaimReviewWithoutAddresses(ReportHeading h, ReportFormat format) {
    if (format != ReportFormat.CLAIM_REVIEW || !h.publicUrlOf(0).isEmpty()) {
      return;
    }
    List<Long> missing = reader.reviewedWithoutPublishedUrl(h.workspaceId(), h.request(), 6);
    if (!missing.isEmpty()) {
      String ids =
          missing.stream()
              .limit(5)
              .map(id -> "#" + id)
              .collect(java.util.stream.Collectors.joining(", "));
      throw new ValidationFailedException(
          "format",
          "ClaimReview points readers to each published fact-check, but claim "
              + ids
              + (missing.size() > 5 ? " and more" : "")
              + " has no published address. Set the workspace's public URL template (workspace"
              + " settings), or each claim's published address.");
    }
  }

  private void refuseOversizedPdf(long claims, ReportFormat format) {
    if (format == ReportFormat.PDF && claims > pdfMaxClaims) {
      throw new ValidationFailedException(
          "format",
          "A PDF report holds up to "
              + pdfMaxClaims
              + " claims; this one has "
              + claims
              + ". Choose one document or fewer states, or use HTML or CSV.");
    }
  }

  /**
   * The first {@code limit} claims of a planned report as an HTML page, for the preview; the plan
   * is made again for the caller, as for {@link #write}.
   */
  @PreAuthorize("@workspaceGuard.has(#plan.heading().workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public String preview(ReportPlan plan, int limit) {
    ReportPlan checked = checked(plan);
    long[] ids = reader.order(checked.heading());
    long[] first = Arrays.copyOf(ids, Math.min(ids.length, Math.max(0, limit)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writers.write(checked, reader.items(checked.heading(), first), ReportFormat.HTML, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A file name for the download: the scope and the date, safe for every file system. */
  public static String fileName(ReportPlan plan, ReportFormat format) {
    ReportHeading h = plan.heading();
    String base = h.scopeTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    return "factbench-"
        + (base.isEmpty() ? "report" : base.toLowerCase(Locale.ROOT))
        + "-"
        + LocalDate.ofInstant(h.generatedAt(), ZoneOffset.UTC)
        + "."
        + format.extension();
  }
}
