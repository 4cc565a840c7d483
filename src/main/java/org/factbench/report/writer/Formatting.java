package org.factbench.report.writer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factbench.base.Contrast;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Evidence;
import org.factbench.claim.Verdict;
import org.factbench.evidence.PassageState;
import org.factbench.evidence.SourceArchive;
import org.factbench.evidence.WatchState;
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

  /** One bar of the summary chart, with the text colour that reads best on its colour. */
  public record Bar(String label, long count, int width, String colour, String text) {}

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
                    colourOf(r, e.getKey()),
                    textOn(colourOf(r, e.getKey()))))
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

  /** The text colour for a verdict badge of this claim, by contrast with its colour. */
  public String textColour(Report.Item i) {
    return textOn(colour(i));
  }

  /**
   * Black or white, whichever reads better on {@code colour} (white on a colour it cannot read).
   */
  static String textOn(String colour) {
    return Contrast.isHex(colour) ? Contrast.textOn(colour) : Contrast.WHITE;
  }

  public String verdict(Report.Item i) {
    return i.claim().verdict() == null ? "No verdict" : i.claim().verdict().label();
  }

  /**
   * Colours come from admins (the rating scale takes only {@code #rrggbb}), but a style attribute
   * only ever gets a plain hex colour.
   */
  static String safeColour(String c) {
    return Contrast.isHex(c) ? c : GREY;
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

  /**
   * A source's archived copy as reports state it: "Archived 2026-12-03 07:12 UTC · SHA-256 … ·
   * passage found in the archived copy · page unchanged since", or why it is not archived; empty
   * when evidence knows nothing of the source.
   */
  public String archive(SourceArchive a) {
    if (a == null) {
      return "";
    }
    if (!a.archived()) {
      return "Not archived" + (a.problem() == null ? "" : ": " + a.problem());
    }
    StringBuilder s =
        new StringBuilder("Archived ")
            .append(DATE_TIME.format(a.archivedAt()))
            .append(" · SHA-256 ")
            .append(a.sha256());
    if (a.passage() != PassageState.NO_PASSAGE) {
      s.append(" · passage ").append(a.passage().label());
      if (a.passage() == PassageState.SIMILAR && a.similarity() != null) {
        s.append(" (").append(a.similarity()).append("% alike)");
      }
    }
    if (a.watch() != WatchState.PENDING) {
      s.append(" · page ").append(a.watch().label());
      if (a.watch() != WatchState.UNCHANGED && a.watchSince() != null) {
        s.append(" (").append(DATE_TIME.format(a.watchSince())).append(")");
      } else if (a.lastCheckedAt() != null) {
        s.append(" (checked ").append(DATE_TIME.format(a.lastCheckedAt())).append(")");
      }
    }
    return s.toString();
  }

  /** Whether a source's archive state is worth a reader's attention. */
  public boolean archiveWarns(SourceArchive a) {
    return a != null && (!a.archived() || a.passage().warns() || a.watch().needsReview());
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
