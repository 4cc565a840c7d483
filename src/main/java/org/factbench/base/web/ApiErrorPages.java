package org.factbench.base.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page of requests under {@code /api/}: when the container or the security firewall ends
 * such a request with an error status before Spring MVC answers it (a rejected URL, an unknown
 * method, TRACE, an exception thrown by a filter), the container dispatches to its error page, and
 * this filter answers that dispatch with a problem detail. It runs first, so the error dispatch
 * never reaches the UI's security chain (which would send the client to the sign-in page) or the
 * generic error page.
 */
class ApiErrorPages extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getDispatcherType() != DispatcherType.ERROR
        || !ApiPaths.isApi(originalPath(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (response.isCommitted()) {
      return;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    Problems.write(response, status, Problems.detail(status), originalPath(request));
  }

  private static String originalPath(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && path.startsWith(context)
        ? path.substring(context.length())
        : path;
  }
}
