package org.factbench.evidence.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET on a connection of its own, to the address the guard checked: TCP goes to that
 * address, while the Host header and, over https, the TLS server name (SNI) and the certificate's
 * host name check use the URL's host. No cookies, no credentials, a few fixed headers, {@code
 * Connection: close}. A watchdog closes the socket when the fetch's deadline passes, so a server
 * that trickles bytes cannot hold it longer; every count of bytes (headers, body as sent, body
 * unpacked) is bounded.
 */
final class HttpExchange implements Closeable {

  /** Closes sockets whose deadline passed; one daemon thread for every fetch. */
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("snapshot-fetch-watchdog").unstarted(r));

  static final int MAX_LINE = 8 * 1024;
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_HEADERS = 100;

  /** The body went over the limit. {@code unpacked}: only once gzip or deflate was undone. */
  static final class TooLarge extends IOException {
    final boolean unpacked;

    TooLarge(boolean unpacked) {
      super("too large");
      this.unpacked = unpacked;
    }
  }

  /** The answer is not HTTP/1.x as Factbench reads it. */
  static final class NotHttp extends IOException {
    NotHttp(String message) {
      super(message);
    }
  }

  /** The status line and headers of an answer; header names in lower case, first value kept. */
  record Head(int status, Map<String, String> headers) {
    String header(String name) {
      return headers.get(name);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final ScheduledFuture<?> watchdog;
  private volatile boolean expired;

  private HttpExchange(Socket socket, long deadlineNanos) throws IOException {
    this.socket = socket;
    long remaining = Math.max(1, deadlineNanos - System.nanoTime());
    this.watchdog = WATCHDOG.schedule(this::expire, remaining, TimeUnit.NANOSECONDS);
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
    this.in = new BufferedInputStream(socket.getInputStream(), 8192);
  }

  /**
   * Connects to {@code target}'s checked address and, over https, completes the TLS handshake for
   * the URL's host name with the certificate checked against it.
   */
  static HttpExchange open(
      AddressGuard.Target target, Connector connector, SSLSocketFactory tls, long deadlineNanos)
      throws IOException {
    int millis = (int) Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
    Socket socket =
        connector.connect(new InetSocketAddress(target.address(), target.port()), millis);
    try {
      if (target.https()) {
        SSLSocket secure =
            (SSLSocket) tls.createSocket(socket, bareHost(target), target.port(), true);
        SSLParameters params = secure.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().startsWith("[") && !Character.isDigit(lastChar(target.host()))) {
          params.setServerNames(List.of(new SNIHostName(target.host())));
        }
        secure.setSSLParameters(params);
        HttpExchange exchange = new HttpExchange(secure, deadlineNanos);
        secure.startHandshake();
        return exchange;
      }
      return new HttpExchange(socket, deadlineNanos);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static String bareHost(AddressGuard.Target target) {
    String h = target.host();
    return h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
  }

  private static char lastChar(String s) {
    return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
  }

  /** Whether the deadline passed and the watchdog closed the connection. */
  boolean expired() {
    return expired;
  }

  private void expire() {
    expired = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that is wanted
    }
  }

  /** Sends the GET for {@code target} and reads the answer's status line and headers. */
  Head get(AddressGuard.Target target, String userAgent) throws IOException {
    String path = target.uri().getRawPath();
    String query = target.uri().getRawQuery();
    String hostHeader =
        target.host()
            + ((target.https() && target.port() == 443) || (!target.https() && target.port() == 80)
                ? ""
                : ":" + target.port());
    String request =
        "GET "
            + (path == null || path.isEmpty() ? "/" : path)
            + (query == null ? "" : "?" + query)
            + " HTTP/1.1\r\n"
            + "Host: "
            + hostHeader
            + "\r\n"
            + "User-Agent: "
            + userAgent
            + "\r\n"
            + "Accept: text/html,application/xhtml+xml,application/pdf,"
            + ContentKind.DOCX.mediaType()
            + ",text/plain;q=0.9\r\n"
            + "Accept-Encoding: gzip, deflate\r\n"
            + "Connection: close\r\n\r\n";
    if (request.chars().anyMatch(c -> c > 126 || (c < 32 && c != '\r' && c != '\n'))) {
      throw new NotHttp("The address cannot be sent in an HTTP request.");
    }
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    while (true) {
      Head head = readHead();
      if (head.status() >= 100 && head.status() < 200) {
        if (head.status() == 101) {
          throw new NotHttp("The server switched protocols.");
        }
        continue; // 100 Continue, 103 Early Hints: the answer follows
      }
      return head;
    }
  }

  private Head readHead() throws IOException {
    int[] budget = {MAX_HEADER_BYTES};
    String statusLine = readLine(budget);
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new NotHttp("The server did not answer in HTTP/1.1.");
    }
    int status;
    try {
      status = Integer.parseInt(statusLine.substring(9, 12));
    } catch (NumberFormatException e) {
      throw new NotHttp("The server's answer has no valid status.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    int count = 0;
    while (true) {
      String line = readLine(budget);
      if (line.isEmpty()) {
        return new Head(status, headers);
      }
      if (++count > MAX_HEADERS) {
        throw new NotHttp("The server sent more than " + MAX_HEADERS + " headers.");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        throw new NotHttp("The server sent a malformed header.");
      }
      headers.putIfAbsent(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
  }

  /** One line of the head (CRLF or LF), within the head's remaining byte budget. */
  private String readLine(int[] budget) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new NotHttp("The server closed the connection before its answer was complete.");
      }
      if (--budget[0] < 0 || line.size() > MAX_LINE) {
        throw new NotHttp("The server's headers are too long.");
      }
      if (c == '\n') {
        byte[] b = line.toByteArray();
        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
      }
      line.write(c);
    }
  }

  /**
   * The body of {@code head}, unpacked, at most {@code maxBytes} both as sent and unpacked.
   *
   * @throws TooLarge over the limit
   * @throws NotHttp for an encoding Factbench does not unpack or a malformed chunk
   */
  byte[] body(Head head, long maxBytes) throws IOException {
    String transfer = lower(head.header("transfer-encoding"));
    String length = head.header("content-length");
    InputStream framed;
    if (!transfer.isEmpty()) {
      if (!transfer.equals("chunked")) {
        throw new NotHttp("The server used a transfer encoding Factbench does not read.");
      }
      framed = new ChunkedInputStream(in);
    } else if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new NotHttp("The server sent an invalid Content-Length.");
      }
      if (n < 0) {
        throw new NotHttp("The server sent an invalid Content-Length.");
      }
      if (n > maxBytes) {
        throw new TooLarge(false);
      }
      framed = new LimitedInputStream(in, n, true, false);
    } else {
      framed = in;
    }
    InputStream sent = new LimitedInputStream(framed, maxBytes, false, false);
    String encoding = lower(head.header("content-encoding"));
    InputStream unpacked =
        switch (encoding) {
          case "", "identity" -> sent;
          case "gzip", "x-gzip" -> new GZIPInputStream(sent, 8192);
          case "deflate" -> new InflaterInputStream(sent);
          default ->
              throw new NotHttp("The server used a content encoding Factbench does not read.");
        };
    InputStream bounded = new LimitedInputStream(unpacked, maxBytes, false, !encoding.isEmpty());
    ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    bounded.transferTo(body);
    return body.toByteArray();
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    watchdog.cancel(false);
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do with it
    }
  }

  /** A body read from the connection {@code in}; a single byte is read as a run of one. */
  private abstract static class BodyInputStream extends InputStream {
    final InputStream in;

    BodyInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public final int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }
  }

  /**
   * Reads at most {@code limit} bytes. {@code exact}: the stream must have exactly that many (a
   * Content-Length), else it stops there and throws {@link TooLarge} on the byte after.
   */
  private static final class LimitedInputStream extends BodyInputStream {
    private final boolean exact;
    private final boolean unpacked;
    private long left;

    LimitedInputStream(InputStream in, long limit, boolean exact, boolean unpacked) {
      super(in);
      this.left = limit;
      this.exact = exact;
      this.unpacked = unpacked;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        if (exact) {
          return -1;
        }
        // one byte more than allowed means over the limit
        if (in.read() >= 0) {
          throw new TooLarge(unpacked);
        }
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        if (exact) {
          throw new NotHttp("The server closed the connection before the whole body was sent.");
        }
        return -1;
      }
      left -= n;
      return n;
    }
  }

  /** The chunked transfer coding: hexadecimal sizes, data, CRLF; trailers are read and dropped. */
  private static final class ChunkedInputStream extends BodyInputStream {
    private long inChunk;
    private boolean done;

    ChunkedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (inChunk == 0) {
        String size = line();
        int semicolon = size.indexOf(';');
        String hex = (semicolon < 0 ? size : size.substring(0, semicolon)).strip();
        if (hex.isEmpty() || hex.length() > 15 || !hex.matches("[0-9a-fA-F]+")) {
          throw new NotHttp("The server sent a malformed chunk.");
        }
        inChunk = Long.parseLong(hex, 16);
        if (inChunk == 0) {
          int trailers = 0;
          while (!line().isEmpty()) {
            if (++trailers > MAX_HEADERS) {
              throw new NotHttp("The server sent too many trailers.");
            }
          }
          done = true;
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, inChunk));
      if (n < 0) {
        throw new NotHttp("The server closed the connection in the middle of a chunk.");
      }
      inChunk -= n;
      if (inChunk == 0 && !line().isEmpty()) {
        throw new NotHttp("The server sent a malformed chunk.");
      }
      return n;
    }

    private String line() throws IOException {
      StringBuilder s = new StringBuilder();
      while (true) {
        int c = in.read();
        if (c < 0) {
          throw new NotHttp("The server closed the connection in the middle of a chunk.");
        }
        if (c == '\n') {
          int n = s.length();
          return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
        }
        if (s.length() > MAX_LINE) {
          throw new NotHttp("The server sent a malformed chunk.");
        }
        s.append((char) c);
      }
    }
  }
}
