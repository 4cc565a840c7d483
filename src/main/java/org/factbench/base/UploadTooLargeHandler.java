package org.factbench.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Answers an upload over the size limit with 413 and the limit, and a multipart body that cannot be
 * read at all (a broken boundary, a file name with a NUL) with 400. Both are refused while the
 * request is read, before it reaches a controller, so this advice applies to every request rather
 * than to Factbench's controllers only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadTooLargeHandler {

  private final DataSize limit;

  UploadTooLargeHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
    this.limit = limit;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The file is larger than the "
                + (limit.toMegabytes() > 0
                    ? limit.toMegabytes() + " MB"
                    : limit.toKilobytes() + " KB")
                + " the server accepts. Upload a smaller file, or split the document.");
    p.setTitle("Too large");
    p.setProperty("field", "file");
    return p;
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadable(MultipartException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The multipart body cannot be read: check its boundaries and the file's name.");
    p.setTitle("Malformed request");
    return p;
  }
}
