package org.factbench.base.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API cannot read, answered 400 with a problem detail that names the {@code field}
 * (parameter or JSON property) at fault. Being an {@link org.springframework.web.ErrorResponse}, it
 * keeps its status and body through any exception handler.
 */
class BadRequestException extends ErrorResponseException {

  BadRequestException(String title, String field, String detail) {
    super(HttpStatus.BAD_REQUEST, problem(title, field, detail), null);
  }

  private static ProblemDetail problem(String title, String field, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    p.setTitle(title);
    if (field != null && !field.isEmpty()) {
      p.setProperty("field", field);
    }
    return p;
  }
}
