package org.factbench.evidence.fetch;

import java.time.Duration;

/**
 * How much one fetch may take: {@code maxBytes} of body (also once unpacked from gzip or deflate),
 * {@code timeout} for the whole fetch, redirects included, and {@code maxRedirects} redirects.
 * {@code userAgent} is the User-Agent sent.
 */
public record FetchLimits(long maxBytes, Duration timeout, int maxRedirects, String userAgent) {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final String DEFAULT_USER_AGENT =
      "Factbench-Snapshot/1.0 (archives pages cited in fact-checks)";

  public static FetchLimits defaults() {
    return new FetchLimits(
        DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT);
  }
}
