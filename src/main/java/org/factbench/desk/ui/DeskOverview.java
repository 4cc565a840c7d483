package org.factbench.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.DeskFigures;
import org.factbench.desk.DeskDashboard;
import org.factbench.workspace.OverviewPart;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.stereotype.Component;

/**
 * The desk lead's figures on the workspace overview, for the last 7, 30 or 90 days: headline
 * numbers (waiting for review, waiting over two days, open disputes, published, median time to
 * publication) and tables of claims by status, verdicts, weekly publications and people's open
 * work. Tables, not pictures, so that screen readers read every figure.
 */
@Component
class DeskOverview implements OverviewPart {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

  private final DeskDashboard dashboard;

  DeskOverview(DeskDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public com.vaadin.flow.component.Component create(WorkspaceSummary workspace) {
    VerticalLayout part = new VerticalLayout();
    part.setPadding(false);
    part.setId("desk-overview");
    Select<Integer> period = new Select<>();
    period.setId("desk-period");
    period.setLabel(Messages.t("desk.overview.period"));
    period.setItems(7, 30, 90);
    period.setItemLabelGenerator(d -> Messages.t("desk.overview.period.days", d));
    Div figures = new Div();
    figures.setWidthFull();
    period.addValueChangeListener(
        e -> {
          figures.removeAll();
          figures.add(figures(workspace.id(), dashboard.lastDays(workspace.id(), e.getValue())));
        });
    part.add(new H3(Messages.t("desk.overview.title")), period, figures);
    period.setValue(30);
    return part;
  }

  private static String claimsLink(long workspaceId, String status) {
    return "workspaces/" + workspaceId + "/claims?status=" + status;
  }

  private VerticalLayout figures(long workspaceId, DeskFigures f) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    FlexLayout headline = new WrappingRow("m");
    headline.addClassName("fb-desk-headline");
    headline.add(
        figure(
            "desk-published",
            Messages.t("desk.overview.published"),
            f.timeToPublication().published()));
    headline.add(
        figure(
            "desk-median",
            Messages.t("desk.overview.median-time"),
            duration(f.timeToPublication().median())));
    if (!f.publishedOnly()) {
      headline.add(
          figure("desk-waiting", Messages.t("desk.overview.waiting"), f.backlog().waiting()));
      headline.add(
          figure(
              "desk-waiting-long",
              Messages.t("desk.overview.waiting-long"),
              f.backlog().waitingOverTwoDays()));
      headline.add(figure("desk-disputes", Messages.t("desk.overview.disputes"), f.openDisputes()));
    }
    box.add(headline);
    FlexLayout tables = new WrappingRow("l");
    tables.addClassName("fb-desk-tables");
    tables.add(
        table(
            "desk-by-status",
            Messages.t("desk.overview.by-status"),
            f.byStatus().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(
                    e ->
                        new Row(
                            Messages.t(e.getKey().labelKey()),
                            String.valueOf(e.getValue()),
                            claimsLink(workspaceId, e.getKey().name())))
                .toList()));
    tables.add(
        table(
            "desk-verdicts",
            Messages.t("desk.overview.verdicts"),
            f.verdicts().stream().map(v -> row(v.label(), v.claims())).toList()));
    tables.add(
        table(
            "desk-weeks",
            Messages.t("desk.overview.per-week"),
            f.publishedPerWeek().stream()
                .map(
                    w -> row(Messages.t("desk.overview.week-of", DAY.format(w.week())), w.claims()))
                .toList()));
    if (!f.publishedOnly()) {
      tables.add(
          table(
              "desk-people",
              Messages.t("desk.overview.people"),
              f.people().stream()
                  .map(
                      p ->
                          row(
                              p.name(),
                              Messages.t(
                                  "desk.overview.people.load",
                                  p.assigned(),
                                  p.inResearch(),
                                  p.waitingForReview())))
                  .toList()));
    }
    box.add(tables);
    if (f.backlog().oldestSince() != null) {
      Span oldest =
          new Span(
              Messages.t(
                  "desk.overview.oldest-waiting",
                  DAY.format(f.backlog().oldestSince().atZone(ZoneOffset.UTC))));
      oldest.setId("desk-oldest");
      oldest.addClassName("fb-muted");
      box.add(oldest);
    }
    return box;
  }

  /** A table row: what is counted, the count, and where the claims it counts are listed. */
  private record Row(String what, String count, String href) {}

  private static Row row(String what, Object count) {
    return new Row(what, String.valueOf(count), null);
  }

  private static Div figure(String id, String label, Object value) {
    Span number = new Span(String.valueOf(value));
    number.addClassName("fb-desk-number");
    Span text = new Span(label);
    text.addClassName("fb-muted");
    Div d = new Div(number, text);
    d.setId(id);
    d.addClassName("fb-desk-figure");
    return d;
  }

  private static VerticalLayout table(String id, String title, List<Row> rows) {
    Grid<Row> grid = new Grid<>();
    grid.setId(id);
    grid.addComponentColumn(r -> r.href() == null ? new Span(r.what()) : link(r))
        .setHeader(title)
        .setFlexGrow(3);
    grid.addColumn(Row::count).setHeader(Messages.t("desk.overview.claims")).setFlexGrow(1);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    H4 heading = new H4(title);
    VerticalLayout box = new VerticalLayout(heading, grid);
    box.setPadding(false);
    box.setWidth("22em");
    return box;
  }

  private static com.vaadin.flow.component.html.Anchor link(Row r) {
    var a = new com.vaadin.flow.component.html.Anchor(r.href(), r.what());
    a.addClassName("fb-desk-link");
    return a;
  }

  private static String duration(Duration d) {
    if (d == null) {
      return "–";
    }
    long hours = d.toHours();
    return hours < 48
        ? Messages.t("desk.overview.hours", hours)
        : Messages.t("desk.overview.days", Math.round(d.toHours() / 24.0));
  }
}
