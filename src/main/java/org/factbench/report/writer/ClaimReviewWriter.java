package org.factbench.report.writer;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Verdict;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportHeading;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * One schema.org ClaimReview per approved or published claim with a verdict. Ratings count down the
 * workspace's scale: its first on-scale verdict is best; verdicts off the scale (such as
 * "Unverifiable") carry only their name.
 */
@Component
class ClaimReviewWriter implements ReportWriter {

  private final JsonOutput json;

  ClaimReviewWriter(JsonOutput json) {
    this.json = json;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.CLAIM_REVIEW;
  }

  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out) {
    ReportHeading report = plan.heading();
    List<Verdict> onScale = report.scale().stream().filter(Verdict::onScale).toList();
    try (JsonGenerator g = json.generator(out)) {
      g.writeStartArray();
      for (Report.Item i : items) {
        ObjectNode r = review(report, onScale, i);
        if (r != null) {
          g.writeTree(r);
        }
      }
      g.writeEndArray();
    }
  }

  /** The claim's review, or null for a claim without a verdict or not approved. */
  private ObjectNode review(ReportHeading report, List<Verdict> onScale, Report.Item i) {
    var c = i.claim();
    if (c.verdict() == null
        || (c.status() != ClaimStatus.APPROVED && c.status() != ClaimStatus.PUBLISHED)) {
      return null;
    }
    ObjectNode r = json.object();
    r.put("@context", "https://schema.org");
    r.put("@type", "ClaimReview");
    // the public fact-check, never the workbench: the claim's own address, else the workspace's
    // template (ReportService refuses the export when a claim has neither)
    r.put("url", c.publishedUrl().isEmpty() ? report.publicUrlOf(c.id()) : c.publishedUrl());
    r.put("claimReviewed", c.wording());
    Instant published = i.publishedAt() != null ? i.publishedAt() : i.approvedAt();
    if (published != null) {
      r.put("datePublished", Formatting.INSTANCE.date(published));
    }
    ObjectNode org = r.putObject("author");
    org.put("@type", "Organization");
    org.put(
        "name",
        report.organisation() == null || report.organisation().isBlank()
            ? report.workspaceName()
            : report.organisation());
    ObjectNode rating = r.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", c.verdict().label());
    int index = -1;
    for (int k = 0; k < onScale.size(); k++) {
      if (onScale.get(k).id() == c.verdict().id()) {
        index = k;
      }
    }
    if (index >= 0) {
      rating.put("ratingValue", onScale.size() - index);
      rating.put("bestRating", onScale.size());
      rating.put("worstRating", 1);
    }
    ObjectNode claim = r.putObject("itemReviewed");
    claim.put("@type", "Claim");
    if (c.claimant() != null) {
      claim.putObject("author").put("@type", "Person").put("name", c.claimant());
    }
    if (i.document() != null) {
      ObjectNode work = claim.putObject("appearance");
      work.put("@type", "CreativeWork");
      work.put("headline", i.document().title());
      if (i.document().originUrl() != null && !i.document().originUrl().isBlank()) {
        work.put("url", i.document().originUrl());
      }
      if (i.document().publishedOn() != null) {
        work.put("datePublished", i.document().publishedOn().toString());
        claim.put("datePublished", i.document().publishedOn().toString());
      }
      claim.set("firstAppearance", work.deepCopy());
    }
    return r;
  }
}
