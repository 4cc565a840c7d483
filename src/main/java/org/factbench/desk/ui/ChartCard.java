package org.factbench.desk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Location;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factbench.base.ui.Messages;

/**
 * One dashboard chart with its numbers: the chart (a labelled image whose bars open the claims they
 * count), the same numbers as a table whose rows link to those claims, and a CSV download.
 */
class ChartCard extends VerticalLayout {

  ChartCard(ChartData data, String fileNameStem) {
    setId(data.id());
    addClassName("fb-desk-card");
    setPadding(false);
    setSpacing(false);
    H4 heading = new H4(data.title());
    heading.setId(data.id() + "-title");
    add(heading);
    if (data.empty()) {
      Paragraph none = new Paragraph(Messages.t("desk.chart.none"));
      none.addClassName("fb-muted");
      add(none);
    } else {
      DeskChart chart = new DeskChart(data);
      chart.addSelectListener(e -> open(data, e.href()));
      add(chart);
    }
    Details table = new Details(Messages.t("desk.chart.table"), table(data));
    table.setId(data.id() + "-table");
    Anchor csv =
        new Anchor(
            event -> {
              event.setFileName(fileNameStem + "-" + data.id() + ".csv");
              event.setContentType("text/csv; charset=utf-8");
              try (OutputStream out = event.getOutputStream()) {
                out.write(data.csv().getBytes(StandardCharsets.UTF_8));
              }
            },
            "");
    csv.add(VaadinIcon.DOWNLOAD.create(), new Span(Messages.t("desk.chart.csv")));
    csv.getElement().setAttribute("download", true);
    csv.getElement().setAttribute("aria-label", Messages.t("desk.chart.csv.of", data.title()));
    csv.setId(data.id() + "-csv");
    csv.addClassName("fb-download");
    HorizontalLayout below = new HorizontalLayout(table, csv);
    below.setAlignItems(Alignment.BASELINE);
    below.setWidthFull();
    add(below);
  }

  /** Opens the list of a clicked bar, if it is one of this chart's lists. */
  private static void open(ChartData data, String href) {
    if (data.leadsTo(href)) {
      Location location = new Location(href);
      UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }
  }

  private static Grid<ChartData.Row> table(ChartData data) {
    ChartData.Table t = data.table();
    Grid<ChartData.Row> grid = new Grid<>();
    grid.addColumn(ChartData.Row::label).setHeader(t.header().get(0)).setFlexGrow(3);
    for (int c = 1; c < t.header().size(); c++) {
      int at = c - 1;
      grid.addComponentColumn(r -> cell(r.values().get(at), r.links().get(at)))
          .setHeader(t.header().get(c))
          .setFlexGrow(1);
    }
    grid.setItems(t.rows());
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setWidth("100%");
    return grid;
  }

  private static com.vaadin.flow.component.Component cell(long value, String link) {
    if (link.isEmpty()) {
      return new Span(String.valueOf(value));
    }
    Anchor a = new Anchor(link, String.valueOf(value));
    a.addClassName("fb-desk-link");
    return a;
  }

  /** For the overview: a card that takes its share of a row of cards. */
  static Div row(List<ChartCard> cards) {
    Div row = new Div();
    row.addClassName("fb-desk-cards");
    cards.forEach(row::add);
    return row;
  }
}
