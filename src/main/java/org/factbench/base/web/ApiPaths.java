package org.factbench.base.web;

/** Which requests are the HTTP API's. */
final class ApiPaths {

  static final String PREFIX = "/api/";

  private ApiPaths() {}

  /**
   * Whether a request path (without the context path) is under {@code /api/}; a path that could not
   * even be read counts too, since its answer goes to a client of unknown kind.
   */
  static boolean isApi(String path) {
    return path == null || path.isEmpty() || path.startsWith(PREFIX) || path.equals("/api");
  }
}
