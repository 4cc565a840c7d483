package org.factbench.evidence;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.factbench.evidence.fetch.FetchLimits;
import org.factbench.evidence.fetch.FetchRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code factbench.snapshots.*}: whether Factbench fetches cited pages at all ({@code enabled}, off
 * by default), what the guard lets through ({@code allowed-ports}, {@code allowed-hosts}, {@code
 * allowed-hosts-only}), the limits of one fetch, how many run at a time, and the watch.
 *
 * @param enabled fetch cited pages (off by default: an installation switches it on)
 * @param allowedHosts hosts fetched whatever their address and port ({@code 127.0.0.1}, {@code
 *     wiki.intranet:8080}); empty by default
 * @param allowedHostsOnly fetch nothing but the allowed hosts (an installation without internet
 *     access, and the test run)
 * @param allowedPorts the ports fetched (80 and 443)
 * @param maxBody the largest body, as sent and once unpacked (10 MB)
 * @param timeout the time for a whole fetch, redirects included (10 s)
 * @param maxRedirects redirects followed (5)
 * @param maxChars the most characters of text kept from one body (2,000,000)
 * @param extractionTimeout the time for reading the text out of one body (20 s)
 * @param concurrency fetches at a time (8)
 * @param extractionConcurrency text extractions at a time (0: half the processors, at least 1)
 * @param queue archives waiting for a thread before the rest is left to the sweep (1,000)
 * @param userAgent the User-Agent sent
 * @param watch the watch for changes and link rot
 */
@ConfigurationProperties("factbench.snapshots")
public record SnapshotSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue List<String> allowedHosts,
    @DefaultValue("false") boolean allowedHostsOnly,
    @DefaultValue({"80", "443"}) Set<Integer> allowedPorts,
    @DefaultValue("10MB") DataSize maxBody,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("5") int maxRedirects,
    @DefaultValue("2000000") int maxChars,
    @DefaultValue("20s") Duration extractionTimeout,
    @DefaultValue("8") int concurrency,
    @DefaultValue("0") int extractionConcurrency,
    @DefaultValue("1000") int queue,
    @DefaultValue(FetchLimits.DEFAULT_USER_AGENT) String userAgent,
    @DefaultValue Watch watch) {

  /**
   * The watch: each cited source of an open or published claim is fetched again every {@code
   * interval} (a day), looked for every {@code poll}, at most {@code batch} sources a round, each
   * host's requests {@code perHostDelay} apart.
   */
  public record Watch(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("1d") Duration interval,
      @DefaultValue("10m") Duration poll,
      @DefaultValue("500") int batch,
      @DefaultValue("5s") Duration perHostDelay) {}

  FetchRules rules() {
    return new FetchRules(allowedPorts, allowedHosts, allowedHostsOnly);
  }

  FetchLimits limits() {
    return new FetchLimits(maxBody.toBytes(), timeout, maxRedirects, userAgent);
  }

  int extractions() {
    return extractionConcurrency > 0
        ? extractionConcurrency
        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }
}
