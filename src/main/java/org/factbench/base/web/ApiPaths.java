package org.factbench.base.web;

/** Which requests are the HTTP API's. */
final class ApiPaths {

  static final String PREFIX = "/api/";

  private ApiPaths() {}

  /** Whether a request path (without the context path) is under {@code /api/}. */
  static boolean isApi(String path) {
    return path != null && (path.startsWith(PREFIX) || path.equals("/api"));
  }
}
