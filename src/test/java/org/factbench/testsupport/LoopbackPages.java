package org.factbench.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Web pages served by the JDK's HTTP server on 127.0.0.1 (a free port), for the tests of evidence
 * snapshots: pages whose content, status or behaviour a test sets and changes. It listens on the
 * loopback address only; nothing a test does with it leaves the machine.
 */
public final class LoopbackPages implements AutoCloseable {

  /** One request as the server saw it. */
  public record Seen(String path, Map<String, List<String>> headers, long atNanos) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final Map<String, HttpHandler> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  public LoopbackPages() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          seen.add(new Seen(path, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          HttpHandler h = pages.get(path);
          try (exchange) {
            if (h == null) {
              exchange.sendResponseHeaders(404, -1);
            } else {
              h.handle(exchange);
            }
          } catch (IOException | RuntimeException e) {
            // the client went away (a test of limits): nothing to do
          }
        });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address: {@code http://127.0.0.1:port/path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** Serves {@code body} (UTF-8) at {@code path} with {@code contentType}. */
  public LoopbackPages page(String path, String contentType, String body) {
    return bytes(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Serves {@code body} in {@code charset}, declared in the Content-Type. */
  public LoopbackPages page(String path, String type, String body, Charset charset) {
    return bytes(path, type + "; charset=" + charset.name(), body.getBytes(charset));
  }

  public LoopbackPages bytes(String path, String contentType, byte[] body) {
    return handle(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", contentType);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
        });
  }

  /** Answers {@code status} with a short HTML body. */
  public LoopbackPages status(String path, int status) {
    return handle(
        path,
        ex -> {
          byte[] body = ("<html><body>Status " + status + "</body></html>").getBytes();
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(status, body.length);
          ex.getResponseBody().write(body);
        });
  }

  /** Redirects to {@code location} with 302. */
  public LoopbackPages redirect(String path, String location) {
    return handle(
        path,
        ex -> {
          ex.getResponseHeaders().set("Location", location);
          ex.sendResponseHeaders(302, -1);
        });
  }

  public LoopbackPages handle(String path, HttpHandler handler) {
    pages.put(path, handler);
    return this;
  }

  /** How many requests {@code path} had. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Every request so far, in order. */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** Writes {@code bytes} slowly: {@code chunk} bytes every {@code pauseMillis}. */
  public static void trickle(OutputStream out, byte[] bytes, int chunk, long pauseMillis)
      throws IOException {
    for (int k = 0; k < bytes.length; k += chunk) {
      out.write(bytes, k, Math.min(chunk, bytes.length - k));
      out.flush();
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Sends headers for a body of unknown length (chunked). */
  public static void chunked(HttpExchange ex, String contentType) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(200, 0);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
