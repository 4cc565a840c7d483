package org.factbench.document;

import java.util.List;
import org.factbench.base.ControlCharacters;
import org.factbench.base.HttpUrls;
import org.factbench.base.NotFoundException;
import org.factbench.base.Sha256;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.extract.ExtractedText;
import org.factbench.document.extract.ExtractionLimits;
import org.factbench.document.extract.TextExtractor;
import org.factbench.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports sources into a workspace and reads them back. An import either stores the whole document
 * with its time marks or nothing: extraction and every check happen before the single transaction
 * that writes.
 */
@Service
public class DocumentService {

  private final DocumentRepository documents;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final SuggestionService suggestions;
  private final TextExtractor extractor;

  DocumentService(
      DocumentRepository documents,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      SuggestionService suggestions,
      ExtractionLimits limits) {
    this.documents = documents;
    this.jdbc = jdbc;
    this.events = events;
    this.suggestions = suggestions;
    this.extractor = new TextExtractor(limits);
  }

  /** What an import accepts at most: size, characters, pages, time; for the views that say so. */
  public ExtractionLimits importLimits() {
    return extractor.limits();
  }

  /** Imports pasted text. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public DocumentSummary importText(long workspaceId, DocumentMetadata meta, String text) {
    DocumentMetadata checked = checked(meta);
    return store(workspaceId, checked, extractor.fromPaste(text == null ? "" : text), "", null);
  }

  /** Imports an uploaded file; its type is judged by its content, not its name. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public DocumentSummary importFile(
      long workspaceId, DocumentMetadata meta, byte[] content, String fileName) {
    DocumentMetadata checked = checked(meta);
    String name = fileName(fileName);
    ExtractedText extracted = extractor.fromUpload(content, name);
    return store(workspaceId, checked, extracted, name, null);
  }

  /**
   * Imports a new version of a document; the old one stays as it was, and the new one points to it.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public DocumentSummary importNewVersion(
      long workspaceId, long previousId, byte[] content, String fileName) {
    Document previous = find(workspaceId, previousId);
    DocumentSummary old = previous.summary();
    DocumentMetadata meta =
        new DocumentMetadata(
            old.title(),
            old.originUrl(),
            old.outlet(),
            old.speakers(),
            old.publishedOn(),
            old.language());
    String name = fileName(fileName);
    return store(workspaceId, checked(meta), extractor.fromUpload(content, name), name, previousId);
  }

  /**
   * The metadata as people typed it, checked: no control characters, and an origin that is an http
   * or https address (normalised like a source's) or nothing.
   */
  private static DocumentMetadata checked(DocumentMetadata meta) {
    limit("title", meta.title(), 300);
    limit("outlet", meta.outlet(), 200);
    limit("speakers", meta.speakers(), 500);
    ControlCharacters.refuse("language", meta.language());
    if (!LANGUAGE.matcher(meta.language()).matches()) {
      throw new ValidationFailedException(
          "language", "Give the language as a code such as en, de or pt-BR.");
    }
    return meta.withOriginUrl(HttpUrls.normaliseOptional("originUrl", meta.originUrl()));
  }

  /** A language tag as BCP 47 writes it, short enough for the column: en, de, pt-BR, zh-Hant. */
  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("^(?=.{2,16}$)[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

  private static void limit(String field, String value, int max) {
    ControlCharacters.refuse(field, value);
    if (value.length() > max) {
      throw new ValidationFailedException(field, "Keep this under " + max + " characters.");
    }
  }

  /** The name a file was uploaded with, without control characters and cut to the column. */
  private static String fileName(String raw) {
    String name = ControlCharacters.blank(raw == null ? "" : raw.strip());
    return name.length() > 300 ? name.substring(name.length() - 300) : name;
  }

  private DocumentSummary store(
      long workspaceId,
      DocumentMetadata meta,
      ExtractedText extracted,
      String fileName,
      Long previous) {
    // a file may hold control characters; blanked one for one, every offset into the text holds
    String text = ControlCharacters.blank(extracted.text());
    DocumentMetadata withTitle = meta;
    if (meta.title().isEmpty()) {
      String fallback =
          extracted.title() != null && !extracted.title().isBlank()
              ? extracted.title().strip()
              : fileName.isBlank() ? firstLine(text) : fileName;
      withTitle = meta.withTitle(ControlCharacters.blank(fallback).strip());
    }
    if (withTitle.title().length() > 300) {
      throw new ValidationFailedException("title", "Keep the title under 300 characters.");
    }
    if (withTitle.originUrl().length() > 2000) {
      throw new ValidationFailedException("originUrl", "The origin URL is too long.");
    }
    long actor = CurrentUser.id();
    Document doc =
        documents.save(
            new Document(
                workspaceId,
                withTitle,
                extracted.format(),
                fileName,
                text,
                Sha256.hex(text),
                previous,
                actor));
    for (var t : extracted.timecodes()) {
      jdbc.sql(
              "insert into document_timecode (document_id, char_offset, seconds, end_seconds, label)"
                  + " values (?, ?, ?, ?, ?) on conflict do nothing")
          .params(doc.getId(), t.offset(), t.seconds(), t.endSeconds(), t.label())
          .update();
    }
    suggestions.queue(doc.getId());
    events.publishEvent(new DocumentImported(workspaceId, doc.getId(), actor, withTitle.title()));
    return doc.summary();
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<DocumentSummary> list(long workspaceId, String titleFilter, Pageable page) {
    Pageable sorted =
        page.getSort().isSorted()
            ? page
            : PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                Sort.by(Sort.Order.desc("importedAt"), Sort.Order.desc("id")));
    String title =
        ControlCharacters.refuse("title", titleFilter == null ? "" : titleFilter.strip());
    return documents.search(workspaceId, title, sorted);
  }

  /** Several documents of one workspace without their text, by id, in one query. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<DocumentSummary> summaries(long workspaceId, java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : documents.summaries(workspaceId, ids);
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public DocumentText get(long workspaceId, long documentId) {
    Document d = find(workspaceId, documentId);
    List<DocumentText.TimeMark> marks =
        jdbc.sql(
                "select char_offset, seconds, end_seconds, label from document_timecode"
                    + " where document_id = ? order by char_offset")
            .param(documentId)
            .query(
                (rs, i) ->
                    new DocumentText.TimeMark(
                        rs.getInt(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getString(4)))
            .list();
    return new DocumentText(d.summary(), d.getText(), marks);
  }

  private Document find(long workspaceId, long documentId) {
    return documents
        .findByIdAndWorkspaceId(documentId, workspaceId)
        .orElseThrow(() -> new NotFoundException("The document"));
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("Untitled");
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }
}
