package org.factbench.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.factbench.base.Contrast;
import org.junit.jupiter.api.Test;

/**
 * A chart's numbers leave the dashboard as the table and CSV file show them: one row per category
 * (one per series for a single stacked bar), cells that spreadsheets do not run as formulas, and
 * bars that stand out from the page.
 */
class ChartDataTest {

  @Test
  void a_chart_s_csv_has_a_header_and_a_row_for_each_category() {
    ChartData people =
        new ChartData(
            "desk-people",
            "Open work per person",
            "Person",
            List.of("Ana, desk lead", "=HYPERLINK(\"x\")"),
            List.of(
                ChartData.Series.of("In research", "#1976d2", List.of(3L, 0L)),
                ChartData.Series.of("Waiting for review", "#e65100", List.of(1L, 2L))),
            true,
            true);

    assertThat(people.csv())
        .isEqualTo(
            "Person,In research,Waiting for review\r\n"
                + "\"Ana, desk lead\",3,1\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",0,2\r\n");
  }

  @Test
  void a_single_stacked_bar_is_tabled_with_a_row_for_each_series() {
    ChartData byStatus =
        new ChartData(
            "desk-by-status",
            "Claims by status",
            "Status",
            List.of("All claims"),
            List.of(
                ChartData.Series.linked("New", "#546e7a", List.of(2L), List.of("a")),
                ChartData.Series.linked("Published", "#2e7d32", List.of(5L), List.of("b"))),
            true,
            true);

    assertThat(byStatus.csv()).isEqualTo("Status,All claims\r\nNew,2\r\nPublished,5\r\n");
    assertThat(byStatus.table().rows().get(1).links()).containsExactly("b");
    assertThat(byStatus.leadsTo("b")).isTrue();
    assertThat(byStatus.leadsTo("c")).isFalse();
    assertThat(byStatus.summary()).isEqualTo("Claims by status. New: 2; Published: 5.");
  }

  @Test
  void a_pale_verdict_colour_is_darkened_until_its_bar_stands_out_from_the_page() {
    String yellow = ChartData.visible("#ffeb3b");

    assertThat(Contrast.ratio(yellow, Contrast.WHITE)).isGreaterThanOrEqualTo(3.0);
    assertThat(ChartData.visible("#2e7d32")).isEqualTo("#2e7d32");
    DeskCharts.STATUS_COLOURS
        .values()
        .forEach(
            c -> assertThat(Contrast.ratio(c, Contrast.WHITE)).as(c).isGreaterThanOrEqualTo(3.0));
  }

  @Test
  void an_empty_chart_says_so_instead_of_drawing_nothing() {
    ChartData none =
        new ChartData(
            "desk-weeks",
            "Published per week",
            "Week",
            List.of("Week of 2 Nov"),
            List.of(
                new ChartData.Series(
                    "Published", List.of("#2e7d32"), List.of(0L), Arrays.asList((String) null))),
            false,
            false);

    assertThat(none.empty()).isTrue();
  }
}
