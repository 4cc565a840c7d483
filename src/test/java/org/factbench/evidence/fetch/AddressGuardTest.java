package org.factbench.evidence.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard, on every refused range in its IPv4, IPv6 and IPv4-mapped forms, on names that
 * resolve to refused addresses (through a resolver the test controls, so no DNS server is asked),
 * and through the fetcher, whose connector records every connection: a refused address is refused
 * before any connection is made. Nothing here opens a socket.
 */
class AddressGuardTest {

  /** A resolver that answers from a table and records every name asked. */
  static final class TableResolver implements HostResolver {
    final Map<String, List<InetAddress>> table;
    final List<String> asked = new CopyOnWriteArrayList<>();

    TableResolver(Map<String, List<InetAddress>> table) {
      this.table = table;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
      asked.add(host);
      List<InetAddress> a = table.get(host);
      if (a == null) {
        throw new UnknownHostException(host);
      }
      return a;
    }
  }

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // a literal: parsed, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An IPv6 address object even for the IPv4-mapped form (which the JDK would turn into IPv4). */
  static InetAddress v6(String literal) {
    try {
      byte[] b = new byte[16];
      InetAddress parsed = InetAddress.getByName(literal);
      byte[] raw = parsed.getAddress();
      if (raw.length == 4) {
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(raw, 0, b, 12, 4);
      } else {
        b = raw;
      }
      return Inet6Address.getByAddress(null, b, -1);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every refused range: an address at its start, one inside and one at its end. */
  static Stream<String> refusedIpv4() {
    return Stream.of(
        "0.0.0.0",
        "0.1.2.3",
        "0.255.255.255",
        "10.0.0.0",
        "10.1.2.3",
        "10.255.255.255",
        "100.64.0.0",
        "100.100.1.1",
        "100.127.255.255",
        "127.0.0.1",
        "127.0.0.2",
        "127.255.255.254",
        "169.254.0.1",
        "169.254.169.254",
        "169.254.255.255",
        "172.16.0.0",
        "172.20.1.1",
        "172.31.255.255",
        "192.0.0.1",
        "192.0.2.1",
        "192.88.99.1",
        "192.168.0.0",
        "192.168.1.1",
        "192.168.255.255",
        "198.18.0.1",
        "198.19.255.255",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255");
  }

  static Stream<String> refusedIpv6() {
    return Stream.of(
        "::",
        "::1",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "febf:ffff::1",
        "fec0::1",
        "ff02::1",
        "ff05::1:3",
        "2001:db8::1",
        "2001:0:4136:e378::1",
        "100::1",
        "::7f00:1",
        "::a00:1",
        // NAT64 and 6to4 forms of refused IPv4 addresses
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::1",
        "2002:c0a8:101::1");
  }

  static final FetchRules PUBLIC = FetchRules.defaults();

  @ParameterizedTest
  @MethodSource("refusedIpv4")
  void every_refused_ipv4_range_is_refused_as_an_address_and_in_its_ipv6_mapped_form(String a) {
    assertThat(AddressGuard.refusal(ip(a))).as(a).isPresent();
    assertThat(AddressGuard.refusal(v6(a)))
        .as("::ffff:" + a)
        .hasValueSatisfying(why -> assertThat(why).contains("IPv4-mapped"));
  }

  @ParameterizedTest
  @MethodSource("refusedIpv6")
  void every_refused_ipv6_range_is_refused(String a) {
    assertThat(AddressGuard.refusal(ip(a))).as(a).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.215.14",
        "1.1.1.1",
        "8.8.8.8",
        "100.63.255.255",
        "100.128.0.0",
        "172.15.255.255",
        "172.32.0.0",
        "192.169.0.1",
        "169.253.255.255",
        "223.255.255.255",
        "11.0.0.1"
      })
  void public_ipv4_addresses_pass(String a) {
    assertThat(AddressGuard.refusal(ip(a))).as(a).isEmpty();
    assertThat(AddressGuard.refusal(v6(a))).as("::ffff:" + a).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2606:4700::1111", "2a00:1450:4001::200e", "64:ff9b::5db8:d70e"})
  void public_ipv6_addresses_pass(String a) {
    assertThat(AddressGuard.refusal(ip(a))).as(a).isEmpty();
  }

  /** Each refused literal in a URL, IPv4 and IPv6 and mapped, is refused without a lookup. */
  @Test
  void urls_with_refused_literals_are_refused_and_no_name_is_looked_up() {
    TableResolver resolver = new TableResolver(Map.of());
    AddressGuard guard = new AddressGuard(PUBLIC, resolver);
    List<String> urls = new ArrayList<>();
    refusedIpv4().forEach(a -> urls.add("http://" + a + "/"));
    refusedIpv4().forEach(a -> urls.add("http://[::ffff:" + a + "]/"));
    refusedIpv6().forEach(a -> urls.add("http://[" + a + "]/"));
    for (String url : urls) {
      assertThatThrownBy(() -> guard.check(URI.create(url)))
          .as(url)
          .isInstanceOf(FetchRefusedException.class)
          .hasMessageContaining("Factbench does not fetch from there");
    }
    assertThat(resolver.asked).isEmpty();
  }

  @Test
  void a_name_that_resolves_to_a_refused_address_is_refused_and_so_is_a_mixed_answer() {
    TableResolver resolver =
        new TableResolver(
            Map.of(
                "metadata.test", List.of(ip("169.254.169.254")),
                "intranet.test", List.of(ip("10.20.30.40")),
                "mapped.test", List.of(v6("192.168.1.10")),
                "local6.test", List.of(ip("fd00::5")),
                "mixed.test", List.of(ip("93.184.215.14"), ip("127.0.0.1")),
                "public.test", List.of(ip("93.184.215.14"))));
    AddressGuard guard = new AddressGuard(PUBLIC, resolver);
    for (String host :
        List.of("metadata.test", "intranet.test", "mapped.test", "local6.test", "mixed.test")) {
      assertThatThrownBy(() -> guard.check(URI.create("https://" + host + "/page")))
          .as(host)
          .isInstanceOf(FetchRefusedException.class)
          .hasMessageContaining(host + " resolves to");
    }
    AddressGuard.Target ok = Unchecked.get(() -> guard.check(URI.create("https://public.test/a")));
    assertThat(ok.address()).isEqualTo(ip("93.184.215.14"));
    assertThat(ok.host()).isEqualTo("public.test");
    assertThat(ok.https()).isTrue();
    assertThat(ok.port()).isEqualTo(443);
    assertThat(resolver.asked)
        .containsExactly(
            "metadata.test",
            "intranet.test",
            "mapped.test",
            "local6.test",
            "mixed.test",
            "public.test");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://0177.0.0.1/",
        "http://127.1/", "http://127.0.1/", "http://010.0.0.1/", "http://1.2.3.256/",
        "http://127.0.0.1./", "http://foo.0x10/", "http://[fe80::1%25eth0]/"
      })
  void numeric_hosts_in_other_spellings_are_refused_not_guessed_at(String url) {
    TableResolver resolver = new TableResolver(Map.of());
    assertThatThrownBy(() -> new AddressGuard(PUBLIC, resolver).check(URI.create(url)))
        .as(url)
        .isInstanceOf(FetchRefusedException.class);
    assertThat(resolver.asked).isEmpty();
  }

  @Test
  void schemes_credentials_and_ports_are_refused_before_any_lookup() {
    TableResolver resolver = new TableResolver(Map.of("public.test", List.of(ip("93.184.215.14"))));
    AddressGuard guard = new AddressGuard(PUBLIC, resolver);
    for (String url :
        List.of(
            "ftp://public.test/file",
            "file:///etc/passwd",
            "gopher://public.test/",
            "http://user:secret@public.test/",
            "http://public.test:8080/",
            "https://public.test:22/",
            "http://public.test:6379/")) {
      assertThatThrownBy(() -> guard.check(URI.create(url)))
          .as(url)
          .isInstanceOf(FetchRefusedException.class);
    }
    assertThat(resolver.asked).isEmpty();
  }

  @Test
  void the_allow_list_admits_its_hosts_as_written_on_any_port_or_on_the_port_it_names() {
    TableResolver resolver =
        new TableResolver(
            Map.of(
                "wiki.intranet", List.of(ip("10.1.1.1")),
                "evil.test", List.of(ip("127.0.0.1"))));
    FetchRules rules =
        new FetchRules(Set.of(80, 443), List.of("127.0.0.1", "wiki.intranet:8080", "::1"), false);
    AddressGuard guard = new AddressGuard(rules, resolver);
    assertThat(Unchecked.get(() -> guard.check(URI.create("http://127.0.0.1:5000/"))).allowListed())
        .isTrue();
    assertThat(Unchecked.get(() -> guard.check(URI.create("http://[::1]:5000/"))).allowListed())
        .isTrue();
    assertThat(
            Unchecked.get(() -> guard.check(URI.create("http://wiki.intranet:8080/x"))).address())
        .isEqualTo(ip("10.1.1.1"));
    // the entry names port 8080 only
    assertThatThrownBy(() -> guard.check(URI.create("http://wiki.intranet:9090/x")))
        .isInstanceOf(FetchRefusedException.class);
    // a name resolving to an allowed address is not the allowed host
    assertThatThrownBy(() -> guard.check(URI.create("http://evil.test/")))
        .isInstanceOf(FetchRefusedException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.2/")))
        .isInstanceOf(FetchRefusedException.class);
  }

  @Test
  void with_allowed_hosts_only_nothing_else_is_even_looked_up() {
    TableResolver resolver = new TableResolver(Map.of("public.test", List.of(ip("93.184.215.14"))));
    AddressGuard guard =
        new AddressGuard(new FetchRules(Set.of(80, 443), List.of("127.0.0.1"), true), resolver);
    assertThatThrownBy(() -> guard.check(URI.create("https://public.test/")))
        .isInstanceOf(FetchRefusedException.class)
        .hasMessageContaining("allow list");
    assertThat(resolver.asked).isEmpty();
  }

  /** Through the fetcher: refused addresses and names never reach the connector. */
  @Test
  void the_fetcher_refuses_before_connecting_to_anything() {
    TableResolver resolver =
        new TableResolver(
            Map.of(
                "metadata.test", List.of(ip("169.254.169.254")),
                "mapped.test", List.of(v6("10.0.0.7"))));
    List<InetSocketAddressCopy> connected = new CopyOnWriteArrayList<>();
    Connector recording =
        (address, timeout) -> {
          connected.add(new InetSocketAddressCopy(address.getAddress(), address.getPort()));
          throw new java.net.ConnectException("no connection in this test");
        };
    PageFetcher fetcher =
        new PageFetcher(
            new AddressGuard(PUBLIC, resolver),
            FetchLimits.defaults(),
            recording,
            (SSLSocketFactory) SSLSocketFactory.getDefault());
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:169.254.169.254]/latest/meta-data/",
            "http://[fd00::1]/",
            "http://10.0.0.1/",
            "http://metadata.test/latest/",
            "http://mapped.test/",
            "http://localhost.test:6379/")) {
      FetchResult r = fetcher.fetch(url);
      assertThat(r.outcome()).as(url).isIn(FetchOutcome.REFUSED, FetchOutcome.UNREACHABLE);
      assertThat(r.body()).isNull();
    }
    assertThat(connected).isEmpty();
  }

  record InetSocketAddressCopy(InetAddress address, int port) {}

  /** Calls that the test knows do not throw. */
  interface Unchecked<T> {
    T get() throws Exception;

    static <T> T get(Unchecked<T> call) {
      try {
        return call.get();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }
}
