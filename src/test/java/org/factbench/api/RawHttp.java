package org.factbench.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a plain socket, for requests that ordinary clients refuse to send
 * (bad percent-encoding, control characters, unknown methods, oversized request lines) and for
 * watching when the server answers while a body is still being sent. One request per connection.
 */
final class RawHttp {

  /** An answer: status, headers (names in lower case) and the body, de-chunked. */
  record Answer(int status, Map<String, String> headers, String body) {

    String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    boolean isProblem() {
      return contentType().startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status
          + " "
          + contentType()
          + " "
          + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** Sends {@code head} (request line and headers, with the blank line) and {@code body}. */
  Answer send(String head, byte[] body) throws IOException {
    return send(head.getBytes(StandardCharsets.UTF_8), body, body == null ? 0 : body.length);
  }

  /**
   * Sends the head and the first {@code sent} bytes of {@code body}, then reads the answer without
   * sending the rest: a server that answers has not waited for the whole body.
   */
  Answer send(byte[] head, byte[] body, int sent) throws IOException {
    return send(head, body, sent, false);
  }

  /**
   * Sends the head and the first {@code sent} bytes of {@code body} and waits for the answer to
   * begin; then, with {@code thenTheRest}, sends the rest of the body (as a client that streams a
   * body and reads at the same time would) and reads the whole answer.
   */
  Answer send(byte[] head, byte[] body, int sent, boolean thenTheRest) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head);
        if (body != null && sent > 0) {
          out.write(body, 0, sent);
        }
        out.flush();
      } catch (SocketException e) {
        // the server may answer and close while the body is still being written
      }
      InputStream in = socket.getInputStream();
      if (!thenTheRest) {
        return read(in);
      }
      java.io.PushbackInputStream started = new java.io.PushbackInputStream(in, 1);
      int first = started.read(); // blocks until the answer begins
      if (first >= 0) {
        started.unread(first);
      }
      try {
        out.write(body, sent, body.length - sent);
        out.flush();
      } catch (SocketException e) {
        // closed: the answer is all there is
      }
      return read(started);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    int contentLength = -1;
    boolean chunked = false;
    Map<String, String> headers = new LinkedHashMap<>();
    int status = -1;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketException e) {
        n = -1;
      }
      if (n < 0) {
        break;
      }
      all.write(buffer, 0, n);
      byte[] bytes = all.toByteArray();
      if (headEnd < 0) {
        headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headEnd >= 0) {
          String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
          status = Integer.parseInt(lines[0].split(" ")[1]);
          for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
              headers.put(
                  lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                  lines[i].substring(colon + 1).strip());
            }
          }
          contentLength = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
          chunked = headers.getOrDefault("transfer-encoding", "").contains("chunked");
        }
      }
      if (headEnd >= 0) {
        int bodyLength = bytes.length - headEnd - 4;
        if (contentLength >= 0 && bodyLength >= contentLength) {
          break;
        }
        if (chunked && endsWith(bytes, "0\r\n\r\n")) {
          break;
        }
      }
    }
    byte[] bytes = all.toByteArray();
    if (headEnd < 0) {
      throw new IOException("No answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
    }
    byte[] raw = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
    if (chunked) {
      raw = dechunk(raw);
    } else if (contentLength >= 0 && contentLength < raw.length) {
      raw = java.util.Arrays.copyOf(raw, contentLength);
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length) {
      int lineEnd = indexOf(raw, "\r\n".getBytes(StandardCharsets.US_ASCII), i);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(raw, i, lineEnd - i, StandardCharsets.US_ASCII).strip();
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt(semicolon >= 0 ? size.substring(0, semicolon) : size, 16);
      if (length == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.write(raw, start, Math.min(length, raw.length - start));
      i = start + length + 2;
    }
    return out.toByteArray();
  }

  private static boolean endsWith(byte[] bytes, String suffix) {
    byte[] s = suffix.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < s.length) {
      return false;
    }
    for (int i = 0; i < s.length; i++) {
      if (bytes[bytes.length - s.length + i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    return indexOf(bytes, what, 0);
  }

  private static int indexOf(byte[] bytes, byte[] what, int from) {
    outer:
    for (int i = from; i <= bytes.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
