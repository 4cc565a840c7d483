package org.factbench.report.writer;

import java.io.OutputStream;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportHeading;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The anchored claims as a W3C Web Annotation collection: each claim's verdict and rationale on its
 * quote, found by a quote selector and a position selector in the document (its origin when it has
 * one, else the document in the application).
 */
@Component
class WebAnnotationWriter implements ReportWriter {

  private final JsonOutput json;
  private final ReportLinks links;

  WebAnnotationWriter(JsonOutput json, ReportLinks links) {
    this.json = json;
    this.links = links;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.WEB_ANNOTATION;
  }

  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> claims, OutputStream out) {
    ReportHeading report = plan.heading();
    ObjectNode collection = json.object();
    collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Factbench claims: " + report.scopeTitle());
    ObjectNode page = json.object();
    page.put("type", "AnnotationPage");
    int total = 0;
    try (JsonGenerator g = json.generator(out)) {
      g.writeStartObject();
      JsonOutput.writeFields(g, collection);
      g.writeName("first");
      g.writeStartObject();
      JsonOutput.writeFields(g, page);
      g.writeName("items");
      g.writeStartArray();
      for (Report.Item i : claims) {
        ObjectNode a = annotation(report, i);
        if (a != null) {
          g.writeTree(a);
          total++;
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeNumberProperty("total", total);
      g.writeEndObject();
    }
  }

  /** The claim's annotation, or null for a claim without an anchor. */
  private ObjectNode annotation(ReportHeading report, Report.Item i) {
    var c = i.claim();
    if (c.anchor() == null) {
      return null;
    }
    ObjectNode a = json.object();
    a.put("id", links.claim(report.workspaceId(), c.id()));
    a.put("type", "Annotation");
    a.put("motivation", "assessing");
    a.put("created", c.createdAt().toString());
    a.put("modified", c.updatedAt().toString());
    ObjectNode body = a.putObject("body");
    body.put("type", "TextualBody");
    body.put("purpose", "assessing");
    body.put("format", "text/plain");
    body.put(
        "value",
        Formatting.INSTANCE.verdict(i) + (c.rationale().isBlank() ? "" : ": " + c.rationale()));
    ObjectNode target = a.putObject("target");
    String origin = i.document() == null ? null : i.document().originUrl();
    target.put(
        "source",
        origin != null && !origin.isBlank()
            ? origin
            : links.document(report.workspaceId(), c.anchor().documentId()));
    ArrayNode selectors = target.putArray("selector");
    selectors
        .addObject()
        .put("type", "TextQuoteSelector")
        .put("exact", c.anchor().quote())
        .put("prefix", c.anchor().prefix())
        .put("suffix", c.anchor().suffix());
    selectors
        .addObject()
        .put("type", "TextPositionSelector")
        .put("start", c.anchor().start())
        .put("end", c.anchor().end());
    return a;
  }
}
