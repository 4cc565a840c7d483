package org.factbench.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.factbench.base.api.ApiPage;
import org.factbench.base.api.Paging;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.document.DocumentText;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/workspaces/{workspaceId}/documents}: import pasted text (JSON) or a file
 * (multipart), list the workspace's documents, read one with its text and time marks. The service
 * decides access and judges an upload's type by its content.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/documents")
@Tag(name = "Documents", description = "Sources to check: import, list, read")
class DocumentController {

  // one path, two bodies: OpenAPI describes them as one operation, so both say the same
  private static final String IMPORT_SUMMARY = "Import pasted text (JSON) or a file (multipart)";
  private static final String IMPORT_DESCRIPTION =
      "Editors. JSON: the text with its metadata. Multipart: the part \"file\" (.txt, .md, .html,"
          + " .docx or .pdf, up to 10 MB; the type is judged by the content, not the name) and the"
          + " metadata as form fields. Answers 201 with the document's summary and its Location."
          + " Refusals: 413 too large, 415 not a document Factbench reads, 422 empty, damaged or"
          + " not UTF-8.";

  private final DocumentService documents;

  DocumentController(DocumentService documents) {
    this.documents = documents;
  }

  @GetMapping
  @Operation(summary = "The workspace's documents, newest import first")
  ApiPage<DocumentSummary> list(
      @PathVariable long workspaceId,
      @Parameter(description = "Only titles containing this") @RequestParam(required = false)
          String title,
      @Parameter(description = "From 0") @RequestParam(required = false) Integer page,
      @Parameter(description = "Default 50, at most 200") @RequestParam(required = false)
          Integer size) {
    return ApiPage.of(documents.list(workspaceId, title, Paging.of(page, size, Sort.unsorted())));
  }

  @GetMapping("/{documentId}")
  @Operation(summary = "A document with its text and time marks")
  DocumentText get(@PathVariable long workspaceId, @PathVariable long documentId) {
    return documents.get(workspaceId, documentId);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
  ResponseEntity<DocumentSummary> paste(
      @PathVariable long workspaceId, @RequestBody NewDocument body) {
    return created(documents.importText(workspaceId, body.metadata(), body.text()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
  ResponseEntity<DocumentSummary> upload(
      @PathVariable long workspaceId,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String originUrl,
      @RequestParam(required = false) String outlet,
      @RequestParam(required = false) String speakers,
      @Parameter(description = "ISO-8601 date", example = "2026-01-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate publishedOn,
      @RequestParam(required = false) String language)
      throws IOException {
    DocumentMetadata meta =
        new DocumentMetadata(title, originUrl, outlet, speakers, publishedOn, language);
    return created(
        documents.importFile(workspaceId, meta, file.getBytes(), file.getOriginalFilename()));
  }

  private static ResponseEntity<DocumentSummary> created(DocumentSummary doc) {
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequestUri()
            .path("/{id}")
            .buildAndExpand(doc.id())
            .toUri();
    return ResponseEntity.created(location).body(doc);
  }
}
