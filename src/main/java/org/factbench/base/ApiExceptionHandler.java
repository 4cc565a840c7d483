package org.factbench.base;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Answers the HTTP API's failures as RFC 9457 problem details with a message a person can act on:
 * input errors name the {@code field} (or parameter) they are about, and nothing unexpected leaks a
 * stack trace. Features refine answers for their own exceptions with advice of a higher precedence
 * (a lower order) than this one's.
 */
@RestControllerAdvice(basePackages = "org.factbench")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ValidationFailedException.class)
  ProblemDetail invalid(ValidationFailedException e) {
    return withField(
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage()), e.field());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    // a denial by @PreAuthorize says only "Access Denied"; the services' own denials say why
    boolean plain =
        e instanceof AuthorizationDeniedException
            || e.getMessage() == null
            || e.getMessage().isBlank();
    return problem(
        HttpStatus.FORBIDDEN,
        "Forbidden",
        plain ? "Your role in this workspace does not allow this." : e.getMessage());
  }

  @ExceptionHandler(AuthenticationException.class)
  ProblemDetail unauthenticated(AuthenticationException e) {
    return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first.");
  }

  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ProblemDetail conflict(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Edit conflict",
        "Someone else changed this in the meantime. Fetch it again and reapply your change.");
  }

  /**
   * The database cannot be reached (stopped, restarting, no free connection within the pool's
   * timeout): nothing was saved, and the same request can succeed in a moment.
   */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.transaction.CannotCreateTransactionException.class,
    org.springframework.dao.TransientDataAccessException.class
  })
  ResponseEntity<ProblemDetail> storageUnavailable(Exception e) {
    log.warn("Storage unavailable for an API request: {}", e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .body(
            problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Storage unavailable",
                StorageFailures.UNAVAILABLE));
  }

  // ----------------------------------------------------------------------------------------------
  // the request itself is wrong: 400 for what cannot be read at all, 422 for rules

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail notValid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors();
    if (errors.isEmpty()) {
      return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", "The request is invalid.");
    }
    FieldError first = errors.getFirst();
    ProblemDetail p =
        withField(
            problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Invalid input",
                first.getField() + ": " + first.getDefaultMessage()),
            first.getField());
    Map<String, String> all = new LinkedHashMap<>();
    errors.forEach(f -> all.putIfAbsent(f.getField(), f.getDefaultMessage()));
    p.setProperty("errors", all);
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail notReadable(HttpMessageNotReadableException e) {
    // refused while the body was read (too large): that refusal is the answer
    ErrorResponseException refused = causeOf(e, ErrorResponseException.class);
    if (refused != null) {
      return refused.getBody();
    }
    JacksonException jackson = causeOf(e, JacksonException.class);
    if (jackson == null) {
      return problem(HttpStatus.BAD_REQUEST, "Malformed request", "The request needs a JSON body.");
    }
    if (jackson instanceof StreamReadException) {
      var where = jackson.getLocation();
      return problem(
          HttpStatus.BAD_REQUEST,
          "Malformed request",
          "The request body is not valid JSON"
              + (where == null || where.getLineNr() < 0
                  ? "."
                  : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")."));
    }
    String field = path(jackson);
    Class<?> target = jackson instanceof MismatchedInputException m ? m.getTargetType() : null;
    String detail =
        field.isEmpty()
            ? "The request body does not have the expected shape; see the API description."
            : "The value of " + field + " cannot be read" + expectation(target);
    if (jackson instanceof InvalidFormatException f && f.getValue() != null && !field.isEmpty()) {
      String value = String.valueOf(f.getValue());
      int control = ControlCharacters.firstIn(value);
      detail =
          control >= 0
              ? ControlCharacters.message(field, value.charAt(control))
              : "\"" + shorten(value) + "\" is not a valid " + field + expectation(target);
    }
    return withField(problem(HttpStatus.BAD_REQUEST, "Malformed request", detail), field);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return withField(
        problem(
            HttpStatus.BAD_REQUEST,
            "Bad parameter",
            "\""
                + shorten(String.valueOf(e.getValue()))
                + "\" is not a valid "
                + e.getName()
                + expectation(e.getRequiredType())),
        e.getName());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return withField(
        problem(
            HttpStatus.BAD_REQUEST,
            "Missing parameter",
            "The parameter " + e.getParameterName() + " is required."),
        e.getParameterName());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return withField(
        problem(
            HttpStatus.BAD_REQUEST,
            "Missing part",
            "Send the part \"" + e.getRequestPartName() + "\" in the multipart form."),
        e.getRequestPartName());
  }

  /**
   * Everything else: Spring's own errors keep their status and problem detail; anything unexpected
   * is logged and answered 500 without details.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> other(Exception e, HttpServletResponse response) {
    ErrorResponse known =
        e instanceof ErrorResponse direct ? direct : causeOf(e, ErrorResponseException.class);
    if (known != null) {
      return ResponseEntity.status(known.getStatusCode())
          .headers(known.getHeaders())
          .body(known.getBody());
    }
    if (StorageFailures.isUnavailable(e)) {
      return response.isCommitted() ? null : storageUnavailable(e);
    }
    log.error("Unexpected failure of an API request", e);
    if (response.isCommitted()) {
      return null; // part of the answer is out: nothing can be added to it
    }
    return ResponseEntity.internalServerError()
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on the server; it has been logged. Try again later."));
  }

  // ----------------------------------------------------------------------------------------------

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }

  private static ProblemDetail withField(ProblemDetail p, String field) {
    if (field != null && !field.isEmpty()) {
      p.setProperty("field", field);
    }
    return p;
  }

  /** A value to quote back: its start only when it is long, and never a control character. */
  private static String shorten(String value) {
    String v = ControlCharacters.blank(value);
    return v.length() > 100 ? v.substring(0, 100) + "…" : v;
  }

  /** The JSON path of a failed value: {@code publishedOn}, {@code tags[2]}. */
  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** What a value of the type looks like, as the end of a sentence. */
  private static String expectation(Class<?> type) {
    if (type == null) {
      return ".";
    }
    if (type.isEnum()) {
      return "; use one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "))
          + ".";
    }
    if (type == LocalDate.class) {
      return "; give a date as YYYY-MM-DD.";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "; give an ISO-8601 time such as 2026-01-31T12:00:00Z.";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "; give a whole number.";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "; give true or false.";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "; give a list.";
    }
    if (type == String.class) {
      return "; give a text.";
    }
    return ".";
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
