package org.factbench.report.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimStatus;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.factbench.report.ReportRequest;
import org.factbench.report.ReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/workspaces/{id}/reports/{format}} with {@code document}, {@code status}
 * (repeatable), {@code notes}, {@code history} and {@code bom}: the same reports and permissions as
 * the reports view. Formats: html, pdf, csv, json, claimreview, annotations.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/reports")
class ReportController {

  private final ReportService reports;
  private final org.factbench.report.ExportImport importer;

  ReportController(ReportService reports, org.factbench.report.ExportImport importer) {
    this.reports = reports;
    this.importer = importer;
  }

  /** Imports a JSON export into the workspace (admins; all or nothing). */
  @org.springframework.web.bind.annotation.PostMapping(
      path = "/import",
      consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.CREATED)
  org.factbench.report.ExportImport.Imported importJson(
      @PathVariable long workspaceId, jakarta.servlet.http.HttpServletRequest request)
      throws IOException {
    return importer.importJson(workspaceId, request.getInputStream());
  }

  @GetMapping("/{format}")
  void export(
      @PathVariable long workspaceId,
      @PathVariable String format,
      @RequestParam(required = false) Long document,
      @RequestParam(required = false) List<String> status,
      @RequestParam(defaultValue = "false") boolean notes,
      @RequestParam(defaultValue = "false") boolean history,
      @RequestParam(defaultValue = "false") boolean bom,
      HttpServletResponse response)
      throws IOException {
    ReportFormat f = format(format);
    EnumSet<ClaimStatus> states = EnumSet.noneOf(ClaimStatus.class);
    if (status != null) {
      for (String s : status) {
        try {
          states.add(ClaimStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new ValidationFailedException(
              "status",
              "Unknown status \"" + s + "\"; use one of " + List.of(ClaimStatus.values()));
        }
      }
    }
    // planned first: a refusal is a problem response, not half a file
    ReportPlan plan =
        reports.plan(workspaceId, new ReportRequest(document, states, notes, history, bom));
    reports.refuseOversizedPdf(plan, f);
    response.setContentType(f.mediaType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(ReportService.fileName(plan, f), java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    reports.write(plan, f, response.getOutputStream());
  }

  private static ReportFormat format(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "html" -> ReportFormat.HTML;
      case "pdf" -> ReportFormat.PDF;
      case "csv" -> ReportFormat.CSV;
      case "json" -> ReportFormat.JSON;
      case "claimreview" -> ReportFormat.CLAIM_REVIEW;
      case "annotations" -> ReportFormat.WEB_ANNOTATION;
      default ->
          throw new ValidationFailedException(
              "format", "Unknown format; use html, pdf, csv, json, claimreview or annotations.");
    };
  }
}
