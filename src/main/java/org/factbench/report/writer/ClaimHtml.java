package org.factbench.report.writer;

import java.io.IOException;
import java.io.Writer;
import org.factbench.claim.ClaimLink;
import org.factbench.claim.Evidence;
import org.factbench.claim.NoteView;
import org.factbench.history.HistoryEntry;
import org.factbench.report.Report;

/**
 * Writes the claims of an HTML report, one {@code <div class="claim">} each, straight to a writer.
 * The page around them (head, styles, heading, summary) is the Thymeleaf template {@code
 * report/report.html}; the claims, which are most of a report, are written here because a template
 * evaluates each of its expressions by reflection, which made 10,000 claims take seconds. Every
 * text and attribute value is escaped, as the template's {@code th:text} does; links are only ever
 * http(s) or in-page anchors; colours are only ever hex.
 */
final class ClaimHtml {

  private final Writer out;
  private final Formatting f = Formatting.INSTANCE;

  ClaimHtml(Writer out) {
    this.out = out;
  }

  /** Writes claim number {@code number} of the report. */
  void write(Report.Item i, int number) throws IOException {
    var c = i.claim();
    out.write("<div class=\"claim\" id=\"claim-");
    out.write(Long.toString(c.id()));
    out.write("\">\n<h3><span>");
    out.write(Integer.toString(number));
    out.write(". ");
    text(c.wording());
    out.write("</span> <span class=\"badge\" style=\"background:");
    out.write(f.colour(i));
    out.write(";color:");
    out.write(f.textColour(i));
    out.write("\">");
    text(f.verdict(i));
    out.write("</span></h3>\n");
    if (c.anchor() != null) {
      out.write("<p class=\"quote\">“");
      text(c.anchor().quote());
      out.write("”</p>\n");
    }
    out.write("<p class=\"muted\">");
    if (c.claimant() != null) {
      span(c.claimant());
    }
    if (i.document() != null) {
      span(" · in " + i.document().title());
    }
    if (c.timeSeconds() != null) {
      span(" · at " + f.time(c.timeSeconds()));
    }
    span(" · " + c.status().label());
    out.write("</p>\n");
    if (c.sameAs() != null) {
      out.write("<p class=\"same\">Same claim as ");
      link(c.sameAs());
      if (c.sameAs().documentTitle() != null) {
        out.write(" <span class=\"muted\">in ");
        text(c.sameAs().documentTitle());
        out.write("</span>");
      }
      out.write("</p>\n");
    }
    if (!c.sameClaims().isEmpty()) {
      out.write("<p class=\"same\">Also stated: ");
      var links = c.sameClaims();
      for (int k = 0; k < links.size(); k++) {
        ClaimLink l = links.get(k);
        out.write("<span>");
        link(l);
        if (l.documentTitle() != null) {
          out.write("<span class=\"muted\"> in ");
          text(l.documentTitle());
          out.write("</span>");
        }
        if (k < links.size() - 1) {
          out.write("<span>; </span>");
        }
        out.write("</span>");
      }
      out.write("</p>\n");
    }
    if (c.figureCheck() != null) {
      out.write("<p class=\"figure-check\">Figures disagree: ");
      text(c.figureCheck());
      out.write("</p>\n");
    }
    out.write("<div class=\"rationale\">");
    text(c.rationale());
    out.write("</div>\n");
    if (!c.sources().isEmpty()) {
      out.write("<div>\n");
      for (Evidence s : c.sources()) {
        out.write("<div class=\"source\"><span class=\"stance ");
        text(s.stance().name().toLowerCase(java.util.Locale.ROOT));
        out.write("\">");
        text(s.stance().label());
        out.write("</span> <a href=\"");
        text(f.safeUrl(s.url()));
        out.write("\">");
        text(s.title() == null || s.title().isEmpty() ? s.url() : s.title());
        out.write("</a> <span class=\"muted\">");
        text(f.sourceMeta(s));
        out.write("</span>");
        if (s.passage() != null && !s.passage().isEmpty()) {
          out.write("<div class=\"passage\">“");
          text(s.passage());
          out.write("”</div>");
        }
        var archive = i.archive(s.id());
        if (archive != null) {
          out.write(
              f.archiveWarns(archive) ? "<div class=\"archive warn\">" : "<div class=\"archive\">");
          text(f.archive(archive));
          out.write("</div>");
        }
        out.write("</div>\n");
      }
      out.write("</div>\n");
    }
    out.write("<p class=\"muted\">");
    if (i.proposedBy() != null) {
      span("Verdict proposed by " + i.proposedBy());
    }
    if (i.approvedBy() != null) {
      span(" · approved by " + i.approvedBy() + " on " + f.date(i.approvedAt()));
    }
    if (i.publishedBy() != null) {
      span(" · published by " + i.publishedBy() + " on " + f.date(i.publishedAt()));
    }
    out.write("</p>\n");
    if (!c.notes().isEmpty()) {
      out.write("<div><p class=\"muted\"><strong>Internal notes</strong></p>\n");
      for (NoteView n : c.notes()) {
        out.write("<div class=\"note\">");
        text(n.authorName() + " (" + f.date(n.createdAt()) + "): " + n.body());
        out.write("</div>\n");
      }
      out.write("</div>\n");
    }
    if (!i.history().isEmpty()) {
      out.write("<div><p class=\"muted\"><strong>History</strong></p>\n");
      for (HistoryEntry h : i.history()) {
        out.write("<div class=\"event\">");
        text(f.event(h));
        out.write("</div>\n");
      }
      out.write("</div>\n");
    }
    out.write("</div>\n");
  }

  private void span(String s) throws IOException {
    out.write("<span>");
    text(s);
    out.write("</span>");
  }

  private void link(ClaimLink l) throws IOException {
    out.write("<a href=\"#claim-");
    out.write(Long.toString(l.id()));
    out.write("\">“");
    text(l.wording());
    out.write("”</a>");
  }

  /** Text escaped for element content and quoted attribute values alike. */
  private void text(String s) throws IOException {
    if (s == null) {
      return;
    }
    int from = 0;
    for (int k = 0; k < s.length(); k++) {
      String entity =
          switch (s.charAt(k)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity != null) {
        out.write(s, from, k - from);
        out.write(entity);
        from = k + 1;
      }
    }
    out.write(s, from, s.length() - from);
  }
}
