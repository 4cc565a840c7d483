package org.factbench.base.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for what it refuses before the application sees the request (a request line
 * or header too large, bad percent-encoding, an encoded NUL or slash in the path, a control
 * character in a header): a problem detail for {@code /api/} paths and for requests whose path
 * could not be read, Tomcat's own short page otherwise. It replaces the host's {@link
 * ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    String path = path(request);
    // a request whose path could not even be read goes to a client of unknown kind: problem too
    boolean problem = path.isEmpty() || ApiPaths.isApi(path);
    if (status < 400 || response.getContentWritten() > 0 || !problem) {
      super.report(request, response, throwable);
      return;
    }
    if (!response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      byte[] body = Problems.body(status, Problems.detail(status), null);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.setContentLength(body.length);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(new String(body, StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the answer was already started: nothing more can be said
    }
  }

  /** The request's path as sent, or "" when the request line could not be read. */
  private static String path(Request request) {
    try {
      String uri = request.getCoyoteRequest().requestURI().toString();
      return uri == null ? "" : uri;
    } catch (RuntimeException e) {
      return "";
    }
  }
}
