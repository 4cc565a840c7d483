package org.factbench.claim.api;

import org.factbench.claim.EditConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an edit or a review step made on a stale version with 409, the claim's current {@code
 * version} and the claim as it is now ({@code current}), so a script can compare and retry.
 */
@RestControllerAdvice(assignableTypes = ClaimController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimApiExceptionHandler {

  @ExceptionHandler(EditConflictException.class)
  ProblemDetail conflict(EditConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Edit conflict");
    p.setProperty("version", e.current().version());
    p.setProperty("current", e.current());
    return p;
  }
}
