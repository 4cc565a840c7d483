package org.factbench.report;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.ImportedClaim;
import org.factbench.claim.SourceInput;
import org.factbench.claim.Stance;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON export back into a workspace: documents first (their text exactly as exported, so
 * anchors hold), then claims with status, verdict (by label, from the target's scale), sources and
 * notes. All or nothing: one transaction.
 */
@Service
public class ExportImport {

  /** What an import created. */
  public record Imported(int documents, int claims) {}

  private final DocumentService documents;
  private final ClaimService claims;
  private final JsonMapper json;

  ExportImport(DocumentService documents, ClaimService claims, JsonMapper json) {
    this.documents = documents;
    this.claims = claims;
    this.json = json;
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public Imported importJson(long workspaceId, InputStream in) {
    JsonNode root;
    try {
      root = json.readTree(in);
    } catch (JacksonException e) {
      throw new ValidationFailedException(
          "file", "This is not a Factbench JSON export: it is not valid JSON.");
    }
    if (root == null
        || !"factbench-export".equals(text(root, "format"))
        || root.path("formatVersion").asInt() != 1) {
      throw new ValidationFailedException(
          "file", "This is not a Factbench JSON export (format factbench-export, version 1).");
    }
    Map<Long, Long> documentIds = new HashMap<>();
    for (JsonNode d : root.path("documents")) {
      var meta =
          new DocumentMetadata(
              text(d, "title"),
              text(d, "originUrl"),
              text(d, "outlet"),
              text(d, "speakers"),
              date(d, "publishedOn"),
              text(d, "language"));
      long id = documents.importText(workspaceId, meta, text(d, "text")).id();
      documentIds.put(d.path("id").asLong(), id);
    }
    int count = 0;
    Map<Long, Long> claimIds = new HashMap<>();
    Map<Long, Long> sameAs = new java.util.LinkedHashMap<>();
    for (JsonNode c : root.path("claims")) {
      JsonNode a = c.path("anchor");
      Long documentId = null;
      if (a.isObject()) {
        documentId = documentIds.get(a.path("documentId").asLong());
        if (documentId == null) {
          throw new ValidationFailedException(
              "file",
              "Claim " + c.path("id").asLong() + " points to a document not in the export.");
        }
      }
      List<String> tags = new ArrayList<>();
      c.path("tags").forEach(t -> tags.add(t.asText()));
      List<SourceInput> sources = new ArrayList<>();
      for (JsonNode s : c.path("sources")) {
        sources.add(
            new SourceInput(
                text(s, "url"),
                text(s, "title"),
                text(s, "publisher"),
                date(s, "publishedOn"),
                date(s, "accessedOn"),
                text(s, "passage"),
                Stance.valueOf(text(s, "stance").toUpperCase(Locale.ROOT)),
                text(s, "reliabilityNote"),
                text(s, "figure"),
                date(s, "figureAsOf")));
      }
      List<String> notes = new ArrayList<>();
      c.path("notes").forEach(n -> notes.add(text(n, "body")));
      long newId =
          claims.importClaim(
              workspaceId,
              new ImportedClaim(
                  documentId,
                  a.isObject() ? a.path("start").asInt() : null,
                  a.isObject() ? a.path("end").asInt() : null,
                  a.isObject() ? text(a, "quote") : null,
                  text(c, "wording"),
                  text(c, "claimant"),
                  c.path("timeSeconds").isNumber() ? c.path("timeSeconds").asInt() : null,
                  tags,
                  ClaimStatus.valueOf(text(c, "status")),
                  text(c, "verdict"),
                  text(c, "rationale"),
                  sources,
                  notes));
      claimIds.put(c.path("id").asLong(), newId);
      if (c.path("sameAs").isNumber()) {
        sameAs.put(newId, c.path("sameAs").asLong());
      }
      count++;
    }
    // "same claim as" links whose first claim is in the export too
    sameAs.forEach(
        (claim, oldTarget) -> {
          Long target = claimIds.get(oldTarget);
          if (target != null) {
            claims.linkSameAs(workspaceId, claim, target);
          }
        });
    return new Imported(documentIds.size(), count);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String v = text(node, field);
    return v == null || v.isBlank() ? null : LocalDate.parse(v);
  }
}
