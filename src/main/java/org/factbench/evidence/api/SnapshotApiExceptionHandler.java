package org.factbench.evidence.api;

import org.factbench.evidence.SnapshotsUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a request for a snapshot of a source Factbench does not fetch with 409 and why. */
@RestControllerAdvice(assignableTypes = SnapshotController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SnapshotApiExceptionHandler {

  @ExceptionHandler(SnapshotsUnavailableException.class)
  ProblemDetail unavailable(SnapshotsUnavailableException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Not fetched");
    return p;
  }
}
