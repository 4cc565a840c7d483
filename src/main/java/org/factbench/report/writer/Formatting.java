package org.factbench.report.writer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Evidence;
import org.factbench.claim.Verdict;
import org.factbench.history.HistoryEntry;
import org.factbench.report.Report;
import org.factbench.report.ReportPlan;
import org.factbench.report.ReportRequest;

/**
 * How reports show values, for every format: the HTML template calls these (as {@code f}), and so
 * do the claims' HTML, the CSV and the ClaimReview. Public for the template only.
 */
public final class Formatting {

  static final Formatting INSTANCE = new Formatting();

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** The colour of "No verdict", and of any colour that is not a plain hex colour. */
  private static final String GREY = "#757575";

  private Formatting() {}

  /** One bar of the summary chart. */
  public record Bar(String label, long count, int width, String colour) {}

  public List<Bar> bars(ReportPlan r) {
    var counts = r.verdictCounts();
    long max = counts.stream().mapToLong(e -> e.getValue()).max().orElse(1);
    return counts.stream()
        .map(
            e ->
                new Bar(
                    e.getKey(),
                    e.getValue(),
                    (int) Math.max(4, Math.round(196.0 * e.getValue() / max)),
                    colourOf(r, e.getKey())))
        .toList();
  }

  private static String colourOf(ReportPlan r, String label) {
    return r.heading().scale().stream()
        .filter(v -> v.label().equals(label))
        .map(Verdict::colour)
        .map(Formatting::safeColour)
        .findFirst()
        .orElse(GREY);
  }

  public String colour(Report.Item i) {
    return i.claim().verdict() == null ? GREY : safeColour(i.claim().verdict().colour());
  }

  public String verdict(Report.Item i) {
    return i.claim().verdict() == null ? "No verdict" : i.claim().verdict().label();
  }

  /** Colours come from admins, but a style attribute only ever gets a plain hex colour. */
  static String safeColour(String c) {
    return c != null && c.matches("#[0-9a-fA-F]{3,8}") ? c : GREY;
  }

  public String safeUrl(String url) {
    return url != null && url.matches("(?i)https?://.*") ? url : "#";
  }

  public String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  public String date(Instant at) {
    return at == null ? "" : DATE.format(at);
  }

  public String time(Integer seconds) {
    if (seconds == null) {
      return "";
    }
    int h = seconds / 3600;
    int m = seconds % 3600 / 60;
    int s = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
  }

  public String states(ReportRequest request) {
    return request.statuses().stream()
        .sorted()
        .map(ClaimStatus::label)
        .collect(Collectors.joining(", "));
  }

  public String sourceMeta(Evidence s) {
    return Stream.of(s.publisher(), s.publishedOn() == null ? null : s.publishedOn().toString())
            .filter(x -> x != null && !x.isBlank())
            .collect(Collectors.joining(" · ", " ", ""))
        + (s.figure().isEmpty()
            ? ""
            : " · figure: "
                + s.figure()
                + (s.figureAsOf() == null ? "" : " (as of " + s.figureAsOf() + ")"));
  }

  public String event(HistoryEntry h) {
    return DATE_TIME.format(h.at())
        + " · "
        + h.actorName()
        + " · "
        + h.action()
        + (h.before() == null && h.after() == null
            ? ""
            : ": " + orEmpty(h.before()) + " → " + orEmpty(h.after()))
        + (h.reason() == null ? "" : " · “" + h.reason() + "”");
  }

  private static String orEmpty(String s) {
    return s == null ? "(empty)" : s;
  }
}
