package org.factbench.document.api;

import jakarta.servlet.http.HttpServletRequest;
import org.factbench.document.extract.ImportRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused import with the status that says why: 413 too large, 415 not a document type
 * Factbench reads, 422 readable but unusable (empty, damaged, not UTF-8), with the importer's
 * message.
 */
@RestControllerAdvice(assignableTypes = DocumentController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentApiExceptionHandler {

  @ExceptionHandler(ImportRefusedException.class)
  ProblemDetail refused(ImportRefusedException e, HttpServletRequest request) {
    ProblemDetail p =
        switch (e.reason()) {
          case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", e);
          case NOT_A_DOCUMENT ->
              problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", e);
          case UNUSABLE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Import refused", e);
        };
    String type = request.getContentType();
    boolean upload = type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    p.setProperty("field", upload ? e.field() : "text");
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String title, Exception e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setTitle(title);
    return p;
  }
}
