package org.factbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factbench.base.NotAllowedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.RatingScale;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds reports and writes them in each format. Any member may export published claims; other
 * states, internal notes and history are for editors and above. The report is read in one read-only
 * transaction, so it is one consistent picture of the workspace.
 */
@Service
public class ReportService {

  private static final int PAGE = 500;

  private final ClaimService claims;
  private final DocumentService documents;
  private final HistoryService history;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final WorkspaceGuard guard;
  private final ReportRenderers renderers;

  /**
   * A PDF is laid out in memory as a whole: 10,000 claims took 41 s and 3.5 GB of heap (see the
   * README's benchmarks), so larger PDFs are refused with a message pointing to HTML, CSV or a
   * narrower scope.
   */
  @org.springframework.beans.factory.annotation.Value("${factbench.report.pdf-max-claims:2000}")
  private int pdfMaxClaims;

  ReportService(
      ClaimService claims,
      DocumentService documents,
      HistoryService history,
      RatingScale ratings,
      WorkspaceService workspaces,
      WorkspaceGuard guard,
      ReportRenderers renderers) {
    this.claims = claims;
    this.documents = documents;
    this.history = history;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.guard = guard;
    this.renderers = renderers;
  }

  /** Reads what the report shows; refuses what the caller's role may not export. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Report build(long workspaceId, ReportRequest request) {
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
    WorkspaceSummary ws = workspaces.get(workspaceId);
    Map<Long, DocumentSummary> docs = new HashMap<>();
    String scope;
    if (request.documentId() != null) {
      DocumentSummary d = documents.get(workspaceId, request.documentId()).document();
      docs.put(d.id(), d);
      scope = d.title();
    } else {
      scope = "All documents of " + ws.name();
    }
    List<Report.Item> items = new ArrayList<>();
    for (ClaimStatus state : states) {
      ClaimFilter filter =
          new ClaimFilter(state, null, null, null, null, request.documentId(), null);
      for (int page = 0; ; page++) {
        Slice<ClaimRow> slice =
            claims.search(
                workspaceId, filter, PageRequest.of(page, PAGE, Sort.by(Sort.Order.asc("id"))));
        for (ClaimRow row : slice) {
          items.add(item(workspaceId, row.id(), docs, request));
        }
        if (!slice.hasNext()) {
          break;
        }
      }
    }
    items.sort(
        Comparator.comparing(
                (Report.Item i) -> i.document() == null ? "\uffff" : i.document().title())
            .thenComparing(
                i -> i.claim().anchor() == null ? Integer.MAX_VALUE : i.claim().anchor().start())
            .thenComparing(i -> i.claim().id()));
    items = groupSameClaims(items);
    return new Report(
        workspaceId,
        ws.name(),
        ws.organisation(),
        scope,
        Instant.now(),
        request,
        ratings.of(workspaceId),
        docs,
        items);
  }

  /**
   * Puts each claim linked as "same claim as" right after the claim it repeats, when both are in
   * the report; the order is otherwise kept.
   */
  static List<Report.Item> groupSameClaims(List<Report.Item> sorted) {
    Set<Long> present = new java.util.HashSet<>();
    sorted.forEach(i -> present.add(i.claim().id()));
    Map<Long, List<Report.Item>> repeats = new HashMap<>();
    for (Report.Item i : sorted) {
      var sameAs = i.claim().sameAs();
      if (sameAs != null && present.contains(sameAs.id())) {
        repeats.computeIfAbsent(sameAs.id(), k -> new ArrayList<>()).add(i);
      }
    }
    List<Report.Item> grouped = new ArrayList<>(sorted.size());
    for (Report.Item i : sorted) {
      var sameAs = i.claim().sameAs();
      if (sameAs != null && present.contains(sameAs.id())) {
        continue;
      }
      grouped.add(i);
      grouped.addAll(repeats.getOrDefault(i.claim().id(), List.of()));
    }
    return grouped;
  }

  private Report.Item item(
      long workspaceId, long claimId, Map<Long, DocumentSummary> docs, ReportRequest request) {
    ClaimDetail c = claims.detail(workspaceId, claimId);
    if (!request.includeNotes()) {
      c = c.with(c.review(), c.sources(), List.of(), c.sameClaims());
    }
    DocumentSummary doc = null;
    if (c.anchor() != null) {
      doc =
          docs.computeIfAbsent(
              c.anchor().documentId(), id -> documents.get(workspaceId, id).document());
    }
    List<HistoryEntry> timeline = history.forClaim(workspaceId, claimId);
    HistoryEntry approved = last(timeline, "approved", "dispute resolved");
    HistoryEntry published = last(timeline, "published");
    return new Report.Item(
        c,
        doc,
        c.review() == null ? null : c.review().verdictByName(),
        approved == null ? null : approved.actorName(),
        approved == null ? null : approved.at(),
        published == null ? null : published.actorName(),
        published == null ? null : published.at(),
        request.includeHistory() ? timeline : List.of());
  }

  private static HistoryEntry last(List<HistoryEntry> timeline, String... prefixes) {
    HistoryEntry found = null;
    for (HistoryEntry h : timeline) {
      for (String p : prefixes) {
        if (h.action().startsWith(p)
            && (!p.equals("dispute resolved") || "Approved".equals(h.after()))) {
          found = h;
        }
      }
    }
    return found;
  }

  /** Builds the report and writes it in {@code format} to {@code out}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public void export(
      long workspaceId, ReportRequest request, ReportFormat format, OutputStream out) {
    write(build(workspaceId, request), format, out);
  }

  /** Writes a report built before (so that refusals come before the first byte). */
  @PreAuthorize("@workspaceGuard.has(#report.workspaceId(), 'VIEWER')")
  @Transactional(readOnly = true)
  public void write(Report report, ReportFormat format, OutputStream out) {
    refuseOversizedPdf(report, format);
    try {
      renderers.write(report, format, out, id -> documents.get(report.workspaceId(), id).text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a PDF with more claims than {@code factbench.report.pdf-max-claims}. */
  public void refuseOversizedPdf(Report report, ReportFormat format) {
    if (format == ReportFormat.PDF && report.claims().size() > pdfMaxClaims) {
      throw new org.factbench.base.ValidationFailedException(
          "format",
          "A PDF report holds up to "
              + pdfMaxClaims
              + " claims; this one has "
              + report.claims().size()
              + ". Choose one document or fewer states, or use HTML or CSV.");
    }
  }

  /** The report as an HTML page, for the preview. */
  @PreAuthorize("@workspaceGuard.has(#report.workspaceId(), 'VIEWER')")
  public String html(Report report) {
    return renderers.html(report);
  }

  /** A file name for the download: the scope and the date, safe for every file system. */
  public static String fileName(Report report, ReportFormat format) {
    String base = report.scopeTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    return "factbench-"
        + (base.isEmpty() ? "report" : base.toLowerCase(java.util.Locale.ROOT))
        + "-"
        + java.time.LocalDate.ofInstant(report.generatedAt(), java.time.ZoneOffset.UTC)
        + "."
        + format.extension();
  }
}
