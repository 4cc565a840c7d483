package org.factbench.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the body of every request under {@code /api/} that is not a multipart upload (those have
 * the multipart limits): a declared {@code Content-Length} over the limit is answered 413 before a
 * byte of the body is read, and a body without one (chunked) is counted while it is read and
 * refused the moment it passes the limit, so a huge paste is never held in memory. The JSON import
 * of an export, which carries whole documents, has a limit of its own.
 */
class RequestBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxImportBytes;

  RequestBodyLimit(DataSize maxBytes, DataSize maxImportBytes) {
    this.maxBytes = maxBytes.toBytes();
    this.maxImportBytes = maxImportBytes.toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()))
        || (type != null
            && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = request.getRequestURI().endsWith("/reports/import") ? maxImportBytes : maxBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      // the body is not read; the container drops what it can of it, then closes
      response.setHeader("Connection", "close");
      Problems.write(
          response, HttpStatus.CONTENT_TOO_LARGE.value(), message(limit), request.getRequestURI());
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  static String message(long limit) {
    return "The request body is larger than the "
        + (limit >= 1024 * 1024 && limit % (1024 * 1024) == 0
            ? limit / (1024 * 1024) + " MB"
            : limit >= 1024 ? limit / 1024 + " KB" : limit + " bytes")
        + " the API accepts. Send less, or upload a document as a file.";
  }

  /** The body grew past the limit while it was read: 413. */
  static final class TooLargeException extends ErrorResponseException {

    TooLargeException(long limit) {
      super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
    }

    private static ProblemDetail problem(long limit) {
      ProblemDetail p =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message(limit));
      p.setTitle("Too large");
      return p;
    }
  }

  /** The request with a body that counts what is read of it. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream counted;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new Counted(super.getInputStream(), limit);
      }
      return counted;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              getInputStream(),
              getCharacterEncoding() == null
                  ? java.nio.charset.StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(getCharacterEncoding())));
    }
  }

  /**
   * Counts the bytes read and throws {@link TooLargeException} past the limit: an unchecked
   * exception, so that a JSON parser passes it on rather than reporting malformed JSON.
   */
  private static final class Counted extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counted(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    private int count(int n) {
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw new TooLargeException(limit);
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(in.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
