package org.factbench.evidence.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.DeflaterOutputStream;
import javax.net.ssl.SSLSocketFactory;
import org.factbench.testsupport.LoopbackPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher's limits against a real HTTP server on 127.0.0.1, with small limits so that the tests
 * are quick: time (a server that trickles bytes, one that never answers), size as sent and
 * unpacked, redirects, and redirects to refused addresses with the guard in its public
 * configuration (127.0.0.1 allowed as a host, every refused range refused). A connector records
 * every connection: all of them go to 127.0.0.1, and a refused address is never connected to.
 */
class FetchLimitsTest {

  LoopbackPages web;
  final List<InetAddress> connected = new CopyOnWriteArrayList<>();

  /** Answers names from a table (no DNS server is asked): one name points at the metadata IP. */
  final HostResolver resolver =
      host -> {
        Map<String, String> table = Map.of("metadata.test", "169.254.169.254");
        String a = table.get(host);
        if (a == null) {
          throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(a));
      };

  @BeforeEach
  void aServer() {
    web = new LoopbackPages();
  }

  @AfterEach
  void stop() {
    web.close();
    assertThat(connected).allSatisfy(a -> assertThat(a.isLoopbackAddress()).isTrue());
  }

  private PageFetcher fetcher(long maxBytes, Duration timeout, int maxRedirects) {
    Connector recording =
        (address, millis) -> {
          connected.add(address.getAddress());
          return Connector.plain().connect(address, millis);
        };
    return new PageFetcher(
        new AddressGuard(new FetchRules(Set.of(80, 443), List.of("127.0.0.1"), false), resolver),
        new FetchLimits(maxBytes, timeout, maxRedirects, FetchLimits.DEFAULT_USER_AGENT),
        recording,
        (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  @Test
  void a_server_that_trickles_bytes_is_cut_off_at_the_time_limit() {
    byte[] body = "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    web.handle(
        "/slow",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, body.length);
          LoopbackPages.trickle(ex.getResponseBody(), body, 10, 100);
        });
    long start = System.nanoTime();
    FetchResult r = fetcher(1_000_000, Duration.ofSeconds(1), 5).fetch(web.url("/slow"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    assertThat(r.message()).isEqualTo("The page did not arrive within 1 seconds.");
    assertThat(millis).as("cut off near the limit, not after 100 s of trickling").isLessThan(5_000);
  }

  @Test
  void a_server_that_never_answers_times_out() {
    web.handle(
        "/silent",
        ex -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FetchResult r = fetcher(1_000_000, Duration.ofMillis(500), 5).fetch(web.url("/silent"));
    assertThat(r.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
  }

  @Test
  void bodies_over_the_limit_are_refused_as_sent_chunked_and_unpacked() throws IOException {
    byte[] big = new byte[5_000];
    Arrays.fill(big, (byte) 'a');
    web.bytes("/declared", "text/plain", big);
    web.handle(
        "/chunked",
        ex -> {
          LoopbackPages.chunked(ex, "text/plain");
          for (int k = 0; k < 10; k++) {
            ex.getResponseBody().write(big);
          }
        });
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(packed)) {
      z.write(new byte[1_000_000]);
    }
    byte[] deflated = packed.toByteArray();
    web.handle(
        "/deflate",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.getResponseHeaders().set("Content-Encoding", "deflate");
          ex.sendResponseHeaders(200, deflated.length);
          ex.getResponseBody().write(deflated);
        });
    web.bytes("/fits", "text/plain", Arrays.copyOf(big, 4_000));
    PageFetcher f = fetcher(4_000, Duration.ofSeconds(5), 5);

    assertThat(f.fetch(web.url("/declared")).outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(f.fetch(web.url("/chunked")).outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    FetchResult unpacked = f.fetch(web.url("/deflate"));
    assertThat(deflated.length).isLessThan(4_000);
    assertThat(unpacked.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(unpacked.message()).endsWith("once unpacked.");
    FetchResult fits = f.fetch(web.url("/fits"));
    assertThat(fits.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(fits.body()).hasSize(4_000);
  }

  @Test
  void more_redirects_than_allowed_are_not_followed() {
    for (int k = 0; k < 4; k++) {
      web.redirect("/hop" + k, "/hop" + (k + 1));
    }
    web.page("/hop4", "text/plain", "arrived");
    assertThat(fetcher(1_000, Duration.ofSeconds(5), 4).fetch(web.url("/hop0")).outcome())
        .isEqualTo(FetchOutcome.OK);
    FetchResult r = fetcher(1_000, Duration.ofSeconds(5), 3).fetch(web.url("/hop0"));
    assertThat(r.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
    assertThat(r.message()).isEqualTo("The page redirects more than 3 times.");
    assertThat(web.hits("/hop4")).isEqualTo(1);
  }

  @Test
  void a_redirect_to_a_refused_address_is_refused_without_connecting_to_it() {
    web.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
        .redirect("/to-mapped", "http://[::ffff:10.0.0.1]/")
        .redirect("/to-v6-local", "http://[fd00::1]/")
        .redirect("/to-name", "http://metadata.test/latest/")
        .redirect("/to-other-loopback", "http://127.0.0.2/")
        .redirect("/to-file", "file:///etc/passwd")
        .redirect("/to-port", "http://metadata.test:6379/");
    PageFetcher f = fetcher(1_000, Duration.ofSeconds(5), 5);

    FetchResult metadata = f.fetch(web.url("/to-metadata"));
    assertThat(metadata.outcome()).isEqualTo(FetchOutcome.REFUSED);
    assertThat(metadata.finalUrl()).isEqualTo("http://169.254.169.254/latest/meta-data/");
    assertThat(metadata.message()).contains("link-local").contains("cloud instance metadata");
    assertThat(f.fetch(web.url("/to-mapped")).message()).contains("10.0.0.0/8");
    assertThat(f.fetch(web.url("/to-v6-local")).message()).contains("unique-local");
    assertThat(f.fetch(web.url("/to-name")).message())
        .isEqualTo(
            "metadata.test resolves to 169.254.169.254, which is a link-local address"
                + " (169.254.0.0/16, cloud instance metadata included): Factbench does not fetch"
                + " from there.");
    assertThat(f.fetch(web.url("/to-other-loopback")).message()).contains("loopback");
    assertThat(f.fetch(web.url("/to-file")).outcome()).isEqualTo(FetchOutcome.REFUSED);
    assertThat(f.fetch(web.url("/to-port")).message()).contains("Port 6379 is not fetched");
    // seven fetches, seven connections, each to the loopback server and none to a redirect target
    assertThat(connected).hasSize(7);
  }
}
