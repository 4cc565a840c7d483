package org.factbench.evidence.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.factbench.base.HttpUrls;
import org.factbench.base.ValidationFailedException;

/**
 * Fetches one cited page the way the guard allows: each request, the first and every redirect, is
 * checked by the {@link AddressGuard} before its connection is opened and connects only to the
 * address that was checked; at most {@link FetchLimits#maxRedirects()} redirects, {@link
 * FetchLimits#maxBytes()} of body and {@link FetchLimits#timeout()} for all of it. Never throws:
 * every way a fetch can end is a {@link FetchResult} with a message for the user.
 */
public final class PageFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final AddressGuard guard;
  private final FetchLimits limits;
  private final Connector connector;
  private final SSLSocketFactory tls;

  public PageFetcher(
      AddressGuard guard, FetchLimits limits, Connector connector, SSLSocketFactory tls) {
    this.guard = guard;
    this.limits = limits;
    this.connector = connector;
    this.tls = tls;
  }

  public FetchLimits limits() {
    return limits;
  }

  /** Fetches {@code url} (an http or https address, normalised as sources are). */
  public FetchResult fetch(String url) {
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    URI current;
    try {
      current = new URI(url);
    } catch (URISyntaxException e) {
      return FetchResult.failed(
          url, url, 0, FetchOutcome.REFUSED, "The address is not a valid web address.");
    }
    for (int redirects = 0; ; redirects++) {
      String here = current.toString();
      AddressGuard.Target target;
      try {
        target = guard.check(current);
      } catch (FetchRefusedException e) {
        return FetchResult.failed(url, here, 0, FetchOutcome.REFUSED, e.getMessage());
      } catch (UnknownHostException e) {
        return FetchResult.failed(
            url,
            here,
            0,
            FetchOutcome.UNREACHABLE,
            "The host name " + current.getHost() + " could not be resolved.");
      }
      if (System.nanoTime() > deadline) {
        return timedOut(url, here);
      }
      HttpExchange exchange = null;
      try {
        exchange = HttpExchange.open(target, connector, tls, deadline);
        HttpExchange.Head head = exchange.get(target, limits.userAgent());
        int status = head.status();
        String location = head.header("location");
        if (REDIRECTS.contains(status) && location != null && !location.isBlank()) {
          if (redirects >= limits.maxRedirects()) {
            return FetchResult.failed(
                url,
                here,
                status,
                FetchOutcome.TOO_MANY_REDIRECTS,
                "The page redirects more than " + limits.maxRedirects() + " times.");
          }
          URI next = redirectTarget(current, location);
          if (next == null) {
            return FetchResult.failed(
                url,
                here,
                status,
                FetchOutcome.REFUSED,
                "The page redirects to an address that is not a valid http or https address.");
          }
          current = next;
          continue;
        }
        if (status == 404 || status == 410) {
          return FetchResult.failed(
              url,
              here,
              status,
              FetchOutcome.GONE,
              status == 404 ? "The page is not found (404)." : "The page is gone (410).");
        }
        if (status < 200 || status > 299) {
          return FetchResult.failed(
              url,
              here,
              status,
              FetchOutcome.HTTP_ERROR,
              "The server answered with status " + status + ".");
        }
        String declared = head.header("content-type");
        if (!ContentKind.mayBeReadable(declared)) {
          return unsupported(url, here, status, ContentKind.baseType(declared));
        }
        byte[] body = exchange.body(head, limits.maxBytes());
        ContentKind kind = ContentKind.of(declared, body);
        if (kind == null) {
          return unsupported(url, here, status, ContentKind.baseType(declared));
        }
        if (body.length == 0) {
          return FetchResult.failed(
              url, here, status, FetchOutcome.UNSUPPORTED, "The page is empty.");
        }
        return new FetchResult(url, here, status, kind, declared, body, FetchOutcome.OK, null);
      } catch (HttpExchange.TooLarge e) {
        return FetchResult.failed(
            url,
            here,
            0,
            FetchOutcome.TOO_LARGE,
            "The page is larger than "
                + megabytes(limits.maxBytes())
                + (e.unpacked ? " once unpacked." : "."));
      } catch (IOException | RuntimeException e) {
        if ((exchange != null && exchange.expired()) || System.nanoTime() > deadline) {
          return timedOut(url, here);
        }
        return FetchResult.failed(url, here, 0, FetchOutcome.UNREACHABLE, unreachable(e));
      } finally {
        if (exchange != null) {
          exchange.close();
        }
      }
    }
  }

  private FetchResult timedOut(String url, String here) {
    return FetchResult.failed(
        url,
        here,
        0,
        FetchOutcome.TIMEOUT,
        "The page did not arrive within " + limits.timeout().toSeconds() + " seconds.");
  }

  private static FetchResult unsupported(String url, String here, int status, String type) {
    return FetchResult.failed(
        url,
        here,
        status,
        FetchOutcome.UNSUPPORTED,
        "Only HTML, PDF, DOCX and plain text are archived"
            + (type.isEmpty() ? "." : "; this is " + type + "."));
  }

  private static String unreachable(Exception e) {
    if (e instanceof HttpExchange.NotHttp) {
      return e.getMessage();
    }
    if (e instanceof ConnectException) {
      return "The server refused the connection.";
    }
    if (e instanceof SocketTimeoutException) {
      return "The server did not answer in time.";
    }
    if (e instanceof SSLException) {
      return "The secure connection failed: " + e.getMessage();
    }
    return "The page could not be fetched: " + e.getClass().getSimpleName() + ".";
  }

  /** The redirect's target, resolved against the page and normalised; null if not valid. */
  static URI redirectTarget(URI from, String location) {
    try {
      URI resolved = from.resolve(new URI(location.strip()));
      return new URI(HttpUrls.normalise("url", resolved.toString()));
    } catch (URISyntaxException | IllegalArgumentException | ValidationFailedException e) {
      return null;
    }
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MB"
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
