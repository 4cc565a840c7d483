package org.factbench.desk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factbench.base.Contrast;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers of one dashboard chart, as the browser draws them, the table shows them and the CSV
 * file holds them: a value for each category in each series, and for each bar the claims list it
 * opens ({@code null} where none).
 */
record ChartData(
    String id,
    String title,
    String categoryHeader,
    List<String> categories,
    List<Series> series,
    boolean horizontal,
    boolean stacked) {

  /** The least contrast of a bar with the white page (WCAG 1.4.11, non-text contrast). */
  static final double BAR_CONTRAST = 3.0;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One series: its name, a colour, a value and a link (or null) for each category.
   *
   * @param colours the colour of each bar (a verdict's colour, say), all the same for most charts
   */
  record Series(String name, List<String> colours, List<Long> values, List<String> links) {

    Series {
      if (values.size() != links.size() || values.size() != colours.size()) {
        throw new IllegalArgumentException("one colour and one link (or null) for each value");
      }
      colours = colours.stream().map(ChartData::visible).toList();
      links = java.util.Collections.unmodifiableList(new ArrayList<>(links));
    }

    /** Bars in one colour, none with a link. */
    static Series of(String name, String colour, List<Long> values) {
      return new Series(
          name,
          java.util.Collections.nCopies(values.size(), colour),
          values,
          Arrays.asList(new String[values.size()]));
    }

    /** Bars in one colour, each with its link. */
    static Series linked(String name, String colour, List<Long> values, List<String> links) {
      return new Series(name, java.util.Collections.nCopies(values.size(), colour), values, links);
    }
  }

  /**
   * The numbers as rows and columns, for the table and the CSV file: a row for each category, or,
   * for a single stacked bar, a row for each series.
   */
  Table table() {
    if (categories.size() == 1 && stacked) {
      return new Table(
          List.of(categoryHeader, categories.get(0)),
          series.stream()
              .map(s -> new Row(s.name(), List.of(s.values().get(0)), List.of(link(s, 0))))
              .toList());
    }
    List<String> header = new ArrayList<>(List.of(categoryHeader));
    series.forEach(s -> header.add(s.name()));
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      int at = c;
      rows.add(
          new Row(
              categories.get(c),
              series.stream().map(s -> s.values().get(at)).toList(),
              series.stream().map(s -> link(s, at)).toList()));
    }
    return new Table(header, rows);
  }

  /** A table: its column headers, then rows of a label and a value (with its link) per column. */
  record Table(List<String> header, List<Row> rows) {}

  /** One row of a {@link Table}; a link is the empty string where there is none. */
  record Row(String label, List<Long> values, List<String> links) {}

  private static String link(Series s, int at) {
    String l = s.links().get(at);
    return l == null ? "" : l;
  }

  /** Whether {@code href} is where one of the bars leads. */
  boolean leadsTo(String href) {
    return href != null && series.stream().anyMatch(s -> s.links().contains(href));
  }

  /** No bar at all: nothing to draw, the card says so. */
  boolean empty() {
    return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == 0);
  }

  /** What the browser component reads. */
  String json() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("categories", categories);
    spec.put("horizontal", horizontal);
    spec.put("stacked", stacked);
    spec.put(
        "series",
        series.stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", s.name());
                  m.put("colours", s.colours());
                  m.put("values", s.values());
                  m.put("links", s.links());
                  return m;
                })
            .toList());
    return JSON.writeValueAsString(spec);
  }

  /** The chart in words, for the image's accessible name: every value with what it counts. */
  String summary() {
    Table t = table();
    List<String> parts = new ArrayList<>();
    for (Row r : t.rows()) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < r.values().size(); v++) {
        values.add(
            r.values().size() == 1
                ? String.valueOf(r.values().get(v))
                : t.header().get(v + 1) + " " + r.values().get(v));
      }
      parts.add(r.label() + ": " + String.join(", ", values));
    }
    return title + ". " + String.join("; ", parts) + ".";
  }

  /** The numbers as CSV (RFC 4180): the table's header, then its rows. */
  String csv() {
    Table t = table();
    StringBuilder out =
        new StringBuilder(
            t.header().stream().map(ChartData::cell).collect(Collectors.joining(",")));
    out.append("\r\n");
    for (Row r : t.rows()) {
      out.append(cell(r.label()));
      r.values().forEach(v -> out.append(',').append(v));
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    String t = text == null ? "" : text;
    // a leading =, +, - or @ would be read as a formula by spreadsheets
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
        ? "\"" + t.replace("\"", "\"\"") + "\""
        : t;
  }

  /**
   * {@code colour}, darkened just enough to stand out from the white page by {@link #BAR_CONTRAST}:
   * admins choose verdict colours for text on them, which a pale bar may not meet.
   */
  static String visible(String colour) {
    if (colour == null || !Contrast.isHex(colour)) {
      return "#546e7a";
    }
    String c = colour;
    for (double share = 0.9; Contrast.ratio(c, Contrast.WHITE) < BAR_CONTRAST; share -= 0.1) {
      c = Contrast.blend(colour, Math.max(share, 0), Contrast.BLACK);
    }
    return c;
  }
}
