package org.factbench.base;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the HTTP API's failures as RFC 9457 problem details with a message a person can act on.
 */
@RestControllerAdvice(basePackages = "org.factbench")
class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ValidationFailedException.class)
  ProblemDetail invalid(ValidationFailedException e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage());
    if (e.field() != null) {
      p.setProperty("field", e.field());
    }
    return p;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(
        HttpStatus.FORBIDDEN,
        "Forbidden",
        e instanceof NotAllowedException ? e.getMessage() : "Your role does not allow this.");
  }

  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ProblemDetail conflict(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Edit conflict",
        "Someone else changed this in the meantime. Fetch it again and reapply your change.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
