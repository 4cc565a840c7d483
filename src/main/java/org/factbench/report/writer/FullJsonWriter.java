package org.factbench.report.writer;

import java.io.OutputStream;
import java.util.Comparator;
import org.factbench.claim.Evidence;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportHeading;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full JSON export ({@code factbench-export}, version 1, read back by {@link
 * org.factbench.report.ExportImport}): the workspace, the rating scale, the documents with their
 * text first, then every claim with its anchor, sources and, when asked for, notes and history.
 */
@Component
class FullJsonWriter implements ReportWriter {

  private final JsonOutput json;
  private final DocumentService documents;

  FullJsonWriter(JsonOutput json, DocumentService documents) {
    this.json = json;
    this.documents = documents;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out) {
    ReportHeading report = plan.heading();
    ObjectNode root = json.object();
    root.put("format", "factbench-export");
    root.put("formatVersion", 1);
    root.put("generatedAt", report.generatedAt().toString());
    ObjectNode ws = root.putObject("workspace");
    ws.put("name", report.workspaceName());
    ws.put("organisation", report.organisation());
    root.put("scope", report.scopeTitle());
    ArrayNode scale = root.putArray("ratingScale");
    for (Verdict v : report.scale()) {
      scale
          .addObject()
          .put("position", v.position())
          .put("label", v.label())
          .put("colour", v.colour())
          .put("description", v.description())
          .put("onScale", v.onScale());
    }
    ArrayNode docs = root.putArray("documents");
    report.documents().values().stream()
        .sorted(Comparator.comparing(DocumentSummary::id))
        .forEach(d -> document(report.workspaceId(), d, docs.addObject()));
    try (JsonGenerator g = json.generator(out)) {
      g.writeStartObject();
      JsonOutput.writeFields(g, root);
      g.writeName("claims");
      g.writeStartArray();
      for (Report.Item i : items) {
        g.writeTree(claim(report, i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void document(long workspaceId, DocumentSummary d, ObjectNode n) {
    n.put("id", d.id());
    n.put("title", d.title());
    n.put("originUrl", d.originUrl());
    n.put("outlet", d.outlet());
    n.put("speakers", d.speakers());
    n.put("publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
    n.put("language", d.language());
    n.put("previousVersionId", d.previousVersionId());
    n.put("text", documents.get(workspaceId, d.id()).text());
  }

  private ObjectNode claim(ReportHeading report, Report.Item i) {
    var c = i.claim();
    ObjectNode n = json.object();
    n.put("id", c.id());
    n.put("wording", c.wording());
    if (c.anchor() != null) {
      n.putObject("anchor")
          .put("documentId", c.anchor().documentId())
          .put("start", c.anchor().start())
          .put("end", c.anchor().end())
          .put("quote", c.anchor().quote())
          .put("prefix", c.anchor().prefix())
          .put("suffix", c.anchor().suffix());
    }
    n.put("claimant", c.claimant());
    n.put("timeSeconds", c.timeSeconds());
    ArrayNode tags = n.putArray("tags");
    c.tags().forEach(tags::add);
    n.put("status", c.status().name());
    n.put("verdict", c.verdict() == null ? null : c.verdict().label());
    n.put("rationale", c.rationale());
    n.put("sameAs", c.sameAs() == null ? null : c.sameAs().id());
    n.put("figureCheck", c.figureCheck());
    n.put("proposedBy", i.proposedBy());
    n.put("approvedBy", i.approvedBy());
    n.put("approvedAt", i.approvedAt() == null ? null : i.approvedAt().toString());
    n.put("publishedAt", i.publishedAt() == null ? null : i.publishedAt().toString());
    ArrayNode sources = n.putArray("sources");
    for (Evidence s : c.sources()) {
      var source = sources.addObject();
      source
          .put("url", s.url())
          .put("title", s.title())
          .put("publisher", s.publisher())
          .put("publishedOn", s.publishedOn() == null ? null : s.publishedOn().toString())
          .put("accessedOn", s.accessedOn() == null ? null : s.accessedOn().toString())
          .put("passage", s.passage())
          .put("stance", s.stance().name())
          .put("reliabilityNote", s.reliabilityNote())
          .put("figure", s.figure())
          .put("figureAsOf", s.figureAsOf() == null ? null : s.figureAsOf().toString());
      var a = i.archive(s.id());
      if (a != null) {
        // what evidence knows of the cited page (left out by the import)
        source
            .putObject("archive")
            .put("archivedAt", a.archivedAt() == null ? null : a.archivedAt().toString())
            .put("sha256", a.sha256())
            .put("httpStatus", a.httpStatus())
            .put("passage", a.passage().name())
            .put("similarity", a.similarity())
            .put("watch", a.watch().name())
            .put("watchSince", a.watchSince() == null ? null : a.watchSince().toString())
            .put("problem", a.problem());
      }
    }
    if (report.request().includeNotes()) {
      ArrayNode notes = n.putArray("notes");
      c.notes()
          .forEach(
              note ->
                  notes
                      .addObject()
                      .put("author", note.authorName())
                      .put("createdAt", note.createdAt().toString())
                      .put("body", note.body()));
    }
    if (report.request().includeHistory()) {
      ArrayNode events = n.putArray("history");
      i.history()
          .forEach(
              h ->
                  events
                      .addObject()
                      .put("at", h.at().toString())
                      .put("actor", h.actorName())
                      .put("action", h.action())
                      .put("before", h.before())
                      .put("after", h.after())
                      .put("reason", h.reason()));
    }
    return n;
  }
}
