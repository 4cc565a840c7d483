package org.factbench.desk.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimListLink;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DeskFigures;
import org.factbench.claim.DeskFigures.PersonLoad;
import org.factbench.evidence.WatchState;

/**
 * The desk dashboard's charts for one workspace's figures: what each chart counts, its categories,
 * colours and the claims list each bar opens. Viewers, whose figures count published claims only,
 * get no backlog and no people's work.
 */
final class DeskCharts {

  /** Each status's colour: apart from each other, and each 3:1 or more on the white page. */
  static final Map<ClaimStatus, String> STATUS_COLOURS = new EnumMap<>(ClaimStatus.class);

  static {
    STATUS_COLOURS.put(ClaimStatus.NEW, "#546e7a");
    STATUS_COLOURS.put(ClaimStatus.IN_RESEARCH, "#1976d2");
    STATUS_COLOURS.put(ClaimStatus.READY_FOR_REVIEW, "#e65100");
    STATUS_COLOURS.put(ClaimStatus.RETURNED, "#8e24aa");
    STATUS_COLOURS.put(ClaimStatus.DISPUTED, "#c62828");
    STATUS_COLOURS.put(ClaimStatus.APPROVED, "#00796b");
    STATUS_COLOURS.put(ClaimStatus.PUBLISHED, "#2e7d32");
    STATUS_COLOURS.put(ClaimStatus.WITHDRAWN, "#616161");
  }

  private static final String MAIN = "#1976d2";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

  private DeskCharts() {}

  /**
   * The charts of {@code f}, and of {@code citedPages} (how cited pages stand under the watch) when
   * it is not null.
   */
  static List<ChartData> of(long workspaceId, DeskFigures f, Map<WatchState, Long> citedPages) {
    List<ChartData> charts = new ArrayList<>();
    charts.add(byStatus(workspaceId, f));
    charts.add(verdicts(workspaceId, f));
    charts.add(perWeek(f));
    charts.add(timeToPublication(f));
    if (!f.publishedOnly()) {
      charts.add(backlog(workspaceId, f));
      charts.add(people(workspaceId, f));
    }
    charts.add(figureFlags(workspaceId, f));
    if (citedPages != null) {
      charts.add(citedPages(citedPages));
    }
    return charts;
  }

  private static ChartData citedPages(Map<WatchState, Long> counts) {
    List<WatchState> states = List.of(WatchState.values());
    return new ChartData(
        "desk-sources",
        Messages.t("desk.chart.sources"),
        Messages.t("desk.chart.sources.state"),
        states.stream().map(DeskCharts::watchLabel).toList(),
        List.of(
            new ChartData.Series(
                Messages.t("desk.chart.sources.pages"),
                states.stream().map(DeskCharts::watchColour).toList(),
                states.stream().map(s -> counts.getOrDefault(s, 0L)).toList(),
                java.util.Arrays.asList(new String[states.size()]))),
        true,
        false);
  }

  private static String watchLabel(WatchState s) {
    return switch (s) {
      case PENDING -> Messages.t("desk.chart.sources.pending");
      case UNCHANGED -> Messages.t("desk.chart.sources.unchanged");
      case CHANGED -> Messages.t("desk.chart.sources.changed");
      case GONE -> Messages.t("desk.chart.sources.gone");
      case UNREACHABLE -> Messages.t("desk.chart.sources.unreachable");
    };
  }

  private static String watchColour(WatchState s) {
    return switch (s) {
      case PENDING -> STATUS_COLOURS.get(ClaimStatus.NEW);
      case UNCHANGED -> STATUS_COLOURS.get(ClaimStatus.PUBLISHED);
      case CHANGED -> STATUS_COLOURS.get(ClaimStatus.READY_FOR_REVIEW);
      case GONE -> STATUS_COLOURS.get(ClaimStatus.DISPUTED);
      case UNREACHABLE -> STATUS_COLOURS.get(ClaimStatus.WITHDRAWN);
    };
  }

  private static ChartData byStatus(long ws, DeskFigures f) {
    List<ChartData.Series> series = new ArrayList<>();
    f.byStatus()
        .forEach(
            (status, count) -> {
              if (count > 0) {
                series.add(
                    ChartData.Series.linked(
                        Messages.t(status.labelKey()),
                        STATUS_COLOURS.get(status),
                        List.of(count),
                        List.of(ClaimListLink.status(status).href(ws))));
              }
            });
    return new ChartData(
        "desk-by-status",
        Messages.t("desk.overview.by-status"),
        Messages.t("desk.chart.status"),
        List.of(Messages.t("desk.chart.all-claims")),
        series,
        true,
        true);
  }

  private static ChartData verdicts(long ws, DeskFigures f) {
    List<DeskFigures.VerdictCount> v = f.verdicts();
    return new ChartData(
        "desk-verdicts",
        Messages.t("desk.overview.verdicts"),
        Messages.t("desk.chart.verdict"),
        v.stream().map(DeskFigures.VerdictCount::label).toList(),
        List.of(
            new ChartData.Series(
                Messages.t("desk.chart.published-claims"),
                v.stream().map(DeskFigures.VerdictCount::colour).toList(),
                v.stream().map(DeskFigures.VerdictCount::claims).toList(),
                v.stream()
                    .map(
                        c ->
                            ClaimListLink.status(ClaimStatus.PUBLISHED)
                                .withRating(c.ratingId())
                                .href(ws))
                    .toList())),
        true,
        false);
  }

  private static ChartData perWeek(DeskFigures f) {
    return new ChartData(
        "desk-weeks",
        Messages.t("desk.overview.per-week"),
        Messages.t("desk.chart.week"),
        f.publishedPerWeek().stream().map(w -> DAY.format(w.week())).toList(),
        List.of(
            ChartData.Series.of(
                Messages.t("desk.chart.published-claims"),
                STATUS_COLOURS.get(ClaimStatus.PUBLISHED),
                f.publishedPerWeek().stream().map(DeskFigures.WeekCount::claims).toList())),
        false,
        false);
  }

  private static ChartData timeToPublication(DeskFigures f) {
    DeskFigures.TimeToPublication t = f.timeToPublication();
    String title =
        t.published() == 0
            ? Messages.t("desk.chart.time.title")
            : Messages.t("desk.chart.time.title.with", duration(t.median()), duration(t.p90()));
    return new ChartData(
        "desk-time",
        title,
        Messages.t("desk.chart.time.took"),
        List.of(
            Messages.t("desk.chart.age.day"),
            Messages.t("desk.chart.age.two-days"),
            Messages.t("desk.chart.age.week"),
            Messages.t("desk.chart.age.month"),
            Messages.t("desk.chart.age.longer")),
        List.of(
            ChartData.Series.of(Messages.t("desk.chart.published-claims"), MAIN, t.distribution())),
        false,
        false);
  }

  private static ChartData backlog(long ws, DeskFigures f) {
    List<String> links = new ArrayList<>(Collections.nCopies(3, (String) null));
    links.set(2, ClaimListLink.status(ClaimStatus.READY_FOR_REVIEW).waitingOver(2).href(ws));
    return new ChartData(
        "desk-backlog",
        Messages.t("desk.chart.backlog"),
        Messages.t("desk.chart.waiting-for"),
        List.of(
            Messages.t("desk.chart.age.day"),
            Messages.t("desk.chart.age.two-days"),
            Messages.t("desk.chart.age.over-two-days")),
        List.of(
            ChartData.Series.linked(
                Messages.t("desk.chart.claims-waiting"),
                STATUS_COLOURS.get(ClaimStatus.READY_FOR_REVIEW),
                f.backlog().byAge(),
                links)),
        false,
        false);
  }

  private static ChartData people(long ws, DeskFigures f) {
    List<PersonLoad> people = f.people();
    return new ChartData(
        "desk-people",
        Messages.t("desk.overview.people"),
        Messages.t("desk.chart.person"),
        people.stream().map(PersonLoad::name).toList(),
        List.of(
            ChartData.Series.linked(
                Messages.t("desk.chart.in-research"),
                STATUS_COLOURS.get(ClaimStatus.IN_RESEARCH),
                people.stream().map(PersonLoad::inResearch).toList(),
                people.stream()
                    .map(p -> ClaimListLink.ALL.withAssignee(p.userId()).href(ws))
                    .toList()),
            ChartData.Series.linked(
                Messages.t("desk.chart.waiting-review"),
                STATUS_COLOURS.get(ClaimStatus.READY_FOR_REVIEW),
                people.stream().map(PersonLoad::waitingForReview).toList(),
                people.stream()
                    .map(
                        p ->
                            ClaimListLink.status(ClaimStatus.READY_FOR_REVIEW)
                                .withAssignee(p.userId())
                                .href(ws))
                    .toList()),
            ChartData.Series.linked(
                Messages.t("desk.chart.disputed"),
                STATUS_COLOURS.get(ClaimStatus.DISPUTED),
                people.stream()
                    .map(p -> p.assigned() - p.inResearch() - p.waitingForReview())
                    .toList(),
                people.stream()
                    .map(
                        p ->
                            ClaimListLink.status(ClaimStatus.DISPUTED)
                                .withAssignee(p.userId())
                                .href(ws))
                    .toList())),
        true,
        true);
  }

  private static ChartData figureFlags(long ws, DeskFigures f) {
    List<ClaimStatus> statuses = new ArrayList<>(f.figureFlags().keySet());
    return new ChartData(
        "desk-flags",
        Messages.t("desk.chart.flags"),
        Messages.t("desk.chart.status"),
        statuses.stream().map(s -> Messages.t(s.labelKey())).toList(),
        List.of(
            new ChartData.Series(
                Messages.t("desk.chart.flagged-claims"),
                statuses.stream().map(STATUS_COLOURS::get).toList(),
                statuses.stream().map(f.figureFlags()::get).toList(),
                statuses.stream()
                    .map(s -> ClaimListLink.status(s).flaggedFigures().href(ws))
                    .toList())),
        false,
        false);
  }

  static String duration(Duration d) {
    if (d == null) {
      return "–";
    }
    long hours = d.toHours();
    return hours < 48
        ? Messages.t("desk.overview.hours", hours)
        : Messages.t("desk.overview.days", Math.round(d.toHours() / 24.0));
  }
}
