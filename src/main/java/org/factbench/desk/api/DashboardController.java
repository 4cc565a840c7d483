package org.factbench.desk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.DeskFigures;
import org.factbench.desk.DeskDashboard;
import org.factbench.desk.Period;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspaces/{workspaceId}/dashboard}: the desk lead's figures. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/dashboard")
@Tag(name = "Workspaces")
class DashboardController {

  private final DeskDashboard dashboard;

  DashboardController(DeskDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping
  @Operation(
      summary = "Where the workspace's work stands, and what it published in a period",
      description =
          "from and to are days (YYYY-MM-DD, UTC, both included); without them the last `days`"
              + " days (30 unless given). Viewers see published claims only, and not citedPages"
              + " (how the cited pages stand under the watch).")
  Dashboard figures(
      @PathVariable long workspaceId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false, defaultValue = "30") int days) {
    DeskFigures figures;
    if (from == null && to == null) {
      figures = dashboard.lastDays(workspaceId, days);
    } else if (from == null || to == null) {
      throw new ValidationFailedException(
          from == null ? "from" : "to", "Give both from and to, or neither.");
    } else {
      figures = dashboard.figures(workspaceId, new Period(day("from", from), day("to", to)));
    }
    return new Dashboard(
        figures, figures.publishedOnly() ? null : dashboard.citedPages(workspaceId));
  }

  /**
   * The figures, and how the cited pages stand under the watch ({@code citedPages}, left out for
   * viewers).
   */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Dashboard(
      @com.fasterxml.jackson.annotation.JsonUnwrapped DeskFigures figures,
      java.util.Map<org.factbench.evidence.WatchState, Long> citedPages) {}

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValidationFailedException(field, "Write the day as YYYY-MM-DD, e.g. 2026-12-01.");
    }
  }
}
