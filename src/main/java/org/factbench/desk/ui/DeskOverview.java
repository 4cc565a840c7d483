package org.factbench.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimListLink;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DeskFigures;
import org.factbench.desk.DeskDashboard;
import org.factbench.desk.Period;
import org.factbench.workspace.OverviewPart;
import org.factbench.workspace.WorkspaceSummary;

/**
 * The desk lead's dashboard on the workspace overview, for the last 7, 30 or 90 days or a range of
 * days: headline numbers (published, median time to publication, waiting for review, waiting over
 * two days, open disputes) and charts whose bars open the claims they count, each with its table
 * and CSV file. The figures follow changes in the workspace as they happen.
 */
@org.springframework.stereotype.Component
class DeskOverview implements OverviewPart {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
  private static final int CUSTOM = 0;

  private final DeskDashboard dashboard;
  private final ChangeFeed feed;

  DeskOverview(DeskDashboard dashboard, ChangeFeed feed) {
    this.dashboard = dashboard;
    this.feed = feed;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Component create(WorkspaceSummary workspace) {
    return new Part(workspace.id());
  }

  /** One overview's dashboard: its period and its figures. */
  private final class Part extends VerticalLayout {
    private final long workspaceId;
    private final Select<Integer> days = new Select<>();
    private final DatePicker from = new DatePicker(Messages.t("desk.overview.from"));
    private final DatePicker to = new DatePicker(Messages.t("desk.overview.to"));
    private final Span refused = new Span();
    private final Div figures = new Div();
    private Period period;

    Part(long workspaceId) {
      this.workspaceId = workspaceId;
      setPadding(false);
      setId("desk-overview");
      days.setId("desk-period");
      days.setLabel(Messages.t("desk.overview.period"));
      days.setItems(7, 30, 90, CUSTOM);
      days.setItemLabelGenerator(
          d ->
              d == CUSTOM
                  ? Messages.t("desk.overview.period.custom")
                  : Messages.t("desk.overview.period.days", d));
      from.setId("desk-from");
      to.setId("desk-to");
      refused.setId("desk-period-refused");
      refused.addClassName("fb-error");
      figures.setWidthFull();
      days.addValueChangeListener(e -> periodChosen());
      from.addValueChangeListener(e -> rangeChosen());
      to.addValueChangeListener(e -> rangeChosen());
      HorizontalLayout choice = new HorizontalLayout(days, from, to, refused);
      choice.setAlignItems(FlexComponent.Alignment.BASELINE);
      choice.getStyle().set("flex-wrap", "wrap");
      add(new H3(Messages.t("desk.overview.title")), choice, figures);
      days.setValue(30);
      LiveUpdates live = new LiveUpdates(this, feed, change -> show(true));
      live.workspace(workspaceId);
    }

    private void periodChosen() {
      boolean custom = days.getValue() == CUSTOM;
      from.setVisible(custom);
      to.setVisible(custom);
      if (custom) {
        from.setValue(period.first());
        to.setValue(period.last());
      } else {
        period = dashboard.lastDays(days.getValue());
        show(false);
      }
    }

    private void rangeChosen() {
      if (days.getValue() != CUSTOM || from.getValue() == null || to.getValue() == null) {
        return;
      }
      try {
        period = new Period(from.getValue(), to.getValue());
        refused.setText("");
        show(false);
      } catch (ValidationFailedException e) {
        refused.setText(e.getMessage());
      }
    }

    private void show(boolean afterChange) {
      DeskFigures f;
      try {
        f =
            afterChange
                ? dashboard.refreshed(workspaceId, period)
                : dashboard.figures(workspaceId, period);
        refused.setText("");
      } catch (ValidationFailedException e) {
        refused.setText(e.getMessage());
        return;
      }
      figures.removeAll();
      figures.add(headline(f));
      String stem = "dashboard-" + period.first() + "-" + period.last();
      figures.add(
          ChartCard.row(
              DeskCharts.of(
                      workspaceId, f, f.publishedOnly() ? null : dashboard.citedPages(workspaceId))
                  .stream()
                  .map(c -> new ChartCard(c, stem))
                  .toList()));
      if (f.backlog().oldestSince() != null) {
        Span oldest =
            new Span(
                Messages.t(
                    "desk.overview.oldest-waiting",
                    DAY.format(f.backlog().oldestSince().atZone(ZoneOffset.UTC))));
        oldest.setId("desk-oldest");
        oldest.addClassName("fb-muted");
        figures.add(oldest);
      }
    }

    private FlexLayout headline(DeskFigures f) {
      FlexLayout headline = new FlexLayout();
      headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
      headline.addClassName("fb-desk-headline");
      headline.add(
          figure(
              "desk-published",
              Messages.t("desk.overview.published"),
              f.timeToPublication().published(),
              null));
      headline.add(
          figure(
              "desk-median",
              Messages.t("desk.overview.median-time"),
              DeskCharts.duration(f.timeToPublication().median()),
              null));
      if (!f.publishedOnly()) {
        ClaimListLink waiting = ClaimListLink.status(ClaimStatus.READY_FOR_REVIEW);
        headline.add(
            figure(
                "desk-waiting",
                Messages.t("desk.overview.waiting"),
                f.backlog().waiting(),
                waiting.href(workspaceId)));
        headline.add(
            figure(
                "desk-waiting-long",
                Messages.t("desk.overview.waiting-long"),
                f.backlog().waitingOverTwoDays(),
                waiting.waitingOver(2).href(workspaceId)));
        headline.add(
            figure(
                "desk-disputes",
                Messages.t("desk.overview.disputes"),
                f.openDisputes(),
                ClaimListLink.status(ClaimStatus.DISPUTED).href(workspaceId)));
      }
      return headline;
    }
  }

  /** A headline number with what it counts; a link to those claims where there is a list. */
  private static Component figure(String id, String label, Object value, String href) {
    Span number = new Span(String.valueOf(value));
    number.addClassName("fb-desk-number");
    Span text = new Span(label);
    text.addClassName("fb-muted");
    Component box;
    if (href == null) {
      box = new Div(number, text);
    } else {
      Anchor link = new Anchor(href);
      link.add(number, text);
      link.addClassName("fb-desk-figure-link");
      box = link;
    }
    box.setId(id);
    box.getElement().getClassList().add("fb-desk-figure");
    return box;
  }
}
