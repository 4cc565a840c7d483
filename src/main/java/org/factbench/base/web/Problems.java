package org.factbench.base.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written straight to a response, for the places that answer before Spring
 * MVC (filters, the container's error report): the same fields the API's exception handler gives.
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /** The body of a problem detail with {@code status}, its reason as title, and {@code detail}. */
  static byte[] body(int status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", title(status));
    problem.put("status", status);
    problem.put("detail", detail);
    if (instance != null && !instance.isEmpty() && instance.length() <= 2048) {
      problem.put("instance", instance);
    }
    return JSON.writeValueAsBytes(problem);
  }

  static void write(HttpServletResponse response, int status, String detail, String instance)
      throws IOException {
    byte[] body = body(status, detail, instance);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error " + status : known.getReasonPhrase();
  }

  /** What a client should know about an error status that the container or firewall gave. */
  static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request cannot be read: check the address (percent-encoded UTF-8, no encoded"
              + " slashes, semicolons or dot segments), the method and the headers.";
      case 401 -> "Sign in first.";
      case 403 -> "Access to this is not allowed.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not take this method; see the API description.";
      case 408 -> "The request took too long to arrive.";
      case 411 -> "Send the length of the body (Content-Length).";
      case 413 -> "The request body is larger than the server accepts.";
      case 414 -> "The address is too long.";
      case 415 -> "The body has a type this address does not read; see the API description.";
      case 431 -> "The request's headers are too large.";
      case 501 -> "The server does not support this method.";
      case 505 -> "Use HTTP/1.1.";
      default ->
          status >= 500
              ? "Something went wrong on the server; it has been logged. Try again later."
              : "The request cannot be served.";
    };
  }
}
