package org.factbench.evidence.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SSRF guard: decides, before any connection, whether Factbench may fetch a URL, and where to
 * connect if it may. The one place these rules live; every request of a fetch, each redirect
 * included, passes through {@link #check}.
 *
 * <ul>
 *   <li>http and https only; no user name or password in the URL; ports 80 and 443 unless
 *       configured otherwise.
 *   <li>The host is an IP literal in its one canonical form, or a name resolved <em>once</em>:
 *       every address of the answer is checked, and the connection goes to a checked address
 *       ({@link Target#address()}), never to a second lookup. Numeric hosts in other spellings
 *       ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}) are refused, not
 *       guessed at.
 *   <li>Refused addresses: see {@link #refusal(InetAddress)}.
 *   <li>Hosts on the allow list ({@link FetchRules}) skip the address and port checks.
 * </ul>
 */
public final class AddressGuard {

  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

  /** A last label that is a number (decimal, octal or hex) makes a host an IPv4 address. */
  private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");

  private final FetchRules rules;
  private final HostResolver resolver;

  public AddressGuard(FetchRules rules, HostResolver resolver) {
    this.rules = rules;
    this.resolver = resolver;
  }

  /**
   * Where to connect for {@code uri}: the host name to send (Host header, TLS server name) and the
   * checked address. {@code allowListed}: the host is on the allow list.
   */
  public record Target(
      URI uri, String host, int port, boolean https, InetAddress address, boolean allowListed) {}

  /**
   * Checks {@code uri} and resolves its host once.
   *
   * @throws FetchRefusedException when a rule refuses it, with the reason for the user
   * @throws UnknownHostException when the name has no address
   */
  public Target check(URI uri) throws FetchRefusedException, UnknownHostException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchRefusedException(
          "Only http and https addresses are fetched, not " + display(scheme) + ".");
    }
    if (uri.getRawUserInfo() != null) {
      throw new FetchRefusedException(
          "Addresses with a user name or password in them are not fetched.");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new FetchRefusedException("The address has no valid host name.");
    }
    host = host.toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https");
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    boolean allowListed = rules.allows(host, port);
    if (!allowListed) {
      if (rules.onlyAllowedHosts()) {
        throw new FetchRefusedException(
            "This installation fetches only the hosts on its allow list, and "
                + host
                + " is not on it.");
      }
      if (!rules.ports().contains(port)) {
        throw new FetchRefusedException(
            "Port " + port + " is not fetched; only port " + rules.portList() + ".");
      }
    }
    List<InetAddress> addresses = addressesOf(host);
    if (addresses.isEmpty()) {
      throw new UnknownHostException(host);
    }
    if (!allowListed) {
      for (InetAddress a : addresses) {
        Optional<String> why = refusal(a);
        if (why.isPresent()) {
          throw new FetchRefusedException(
              (literal(host) ? "The address " : host + " resolves to ")
                  + a.getHostAddress()
                  + ", which is "
                  + why.get()
                  + ": Factbench does not fetch from there.");
        }
      }
    }
    return new Target(uri, host, port, https, addresses.getFirst(), allowListed);
  }

  private List<InetAddress> addressesOf(String host)
      throws FetchRefusedException, UnknownHostException {
    if (host.startsWith("[")) {
      if (!host.endsWith("]") || !host.substring(1, host.length() - 1).matches("[0-9a-f:.]+")) {
        throw new FetchRefusedException("The address has no valid host name.");
      }
      // an IPv6 literal: parsed without any lookup
      return List.of(InetAddress.getByName(host.substring(1, host.length() - 1)));
    }
    String[] labels = host.split("\\.", -1);
    String last =
        labels[labels.length - 1].isEmpty() && labels.length > 1
            ? labels[labels.length - 2]
            : labels[labels.length - 1];
    if (NUMERIC_LABEL.matcher(last).matches()) {
      if (!DOTTED_QUAD.matcher(host).matches()) {
        throw new FetchRefusedException(
            "The host "
                + host
                + " is a number but not an IPv4 address written as four decimal numbers.");
      }
      byte[] b = new byte[4];
      for (int k = 0; k < 4; k++) {
        int v = Integer.parseInt(labels[k]);
        if (v > 255) {
          throw new FetchRefusedException("The host " + host + " is not a valid IPv4 address.");
        }
        b[k] = (byte) v;
      }
      return List.of(InetAddress.getByAddress(b));
    }
    return resolver.resolve(host);
  }

  private static boolean literal(String host) {
    return host.startsWith("[") || DOTTED_QUAD.matcher(host).matches();
  }

  private static String display(String scheme) {
    return scheme.isEmpty() ? "an address without a scheme" : scheme + ":";
  }

  /**
   * Why Factbench does not connect to {@code address}, or empty when it may. Refused: IPv4 loopback
   * (127/8), "this network" (0/8), private networks (10/8, 172.16/12, 192.168/16), link-local
   * (169.254/16, where clouds serve instance metadata), carrier-grade NAT (100.64/10), IETF
   * protocol assignments (192.0.0/24), the documentation and benchmarking ranges, the old 6to4
   * relay (192.88.99/24), multicast (224/4), reserved (240/4) and broadcast; IPv6 unspecified and
   * loopback, unique-local (fc00::/7), link-local (fe80::/10), site-local (fec0::/10), multicast
   * (ff00::/8), documentation (2001:db8::/32), discard (100::/64) and Teredo (2001::/32); and
   * IPv4-compatible (::/96, deprecated); and IPv6 forms that carry an IPv4 address (IPv4-mapped
   * ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16) whenever the IPv4 address they carry is
   * refused.
   */
  public static Optional<String> refusal(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address || b.length == 4) {
      return refusal4(b);
    }
    if (!(address instanceof Inet6Address) || b.length != 16) {
      return Optional.of("not an internet address");
    }
    return refusal6(b);
  }

  private static Optional<String> refusal4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 127) {
      return Optional.of("a loopback address (127.0.0.0/8)");
    }
    if (a0 == 0) {
      return Optional.of("in \"this network\" (0.0.0.0/8)");
    }
    if (a0 == 10) {
      return Optional.of("in a private network (10.0.0.0/8)");
    }
    if (a0 == 172 && (a1 & 0xf0) == 16) {
      return Optional.of("in a private network (172.16.0.0/12)");
    }
    if (a0 == 192 && a1 == 168) {
      return Optional.of("in a private network (192.168.0.0/16)");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("a link-local address (169.254.0.0/16, cloud instance metadata included)");
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return Optional.of("in carrier-grade NAT (100.64.0.0/10)");
    }
    if (a0 == 192 && a1 == 0 && a2 == 0) {
      return Optional.of("reserved for IETF protocols (192.0.0.0/24)");
    }
    if ((a0 == 192 && a1 == 0 && a2 == 2)
        || (a0 == 198 && a1 == 51 && a2 == 100)
        || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return Optional.of("reserved for documentation");
    }
    if (a0 == 192 && a1 == 88 && a2 == 99) {
      return Optional.of("the retired 6to4 relay range (192.88.99.0/24)");
    }
    if (a0 == 198 && (a1 & 0xfe) == 18) {
      return Optional.of("reserved for benchmarking (198.18.0.0/15)");
    }
    if (a0 >= 224 && a0 <= 239) {
      return Optional.of("a multicast address (224.0.0.0/4)");
    }
    if (a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xff) == 255) {
      return Optional.of("the broadcast address");
    }
    if (a0 >= 240) {
      return Optional.of("reserved (240.0.0.0/4)");
    }
    return Optional.empty();
  }

  private static Optional<String> refusal6(byte[] b) {
    boolean first10Zero = true;
    for (int k = 0; k < 10; k++) {
      first10Zero &= b[k] == 0;
    }
    if (first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return embedded(b, 12, "IPv4-mapped");
    }
    if (first10Zero && b[10] == 0 && b[11] == 0) {
      boolean upperZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
      if (upperZero && b[15] == 0) {
        return Optional.of("the unspecified IPv6 address (::)");
      }
      if (upperZero && b[15] == 1) {
        return Optional.of("the IPv6 loopback address (::1)");
      }
      // deprecated (RFC 4291) and routed nowhere: refused whatever it carries
      return Optional.of("a deprecated IPv4-compatible IPv6 address (::/96)");
    }
    int h0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int h1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (h0 == 0x0064 && h1 == 0xff9b) {
      boolean zero = true;
      for (int k = 4; k < 12; k++) {
        zero &= b[k] == 0;
      }
      if (zero) {
        return embedded(b, 12, "NAT64");
      }
    }
    if (h0 == 0x2002) {
      return embedded(b, 2, "6to4");
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return Optional.of("a unique-local IPv6 address (fc00::/7)");
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
      return Optional.of("a link-local IPv6 address (fe80::/10)");
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return Optional.of("a site-local IPv6 address (fec0::/10)");
    }
    if ((b[0] & 0xff) == 0xff) {
      return Optional.of("an IPv6 multicast address (ff00::/8)");
    }
    if (h0 == 0x2001 && h1 == 0x0db8) {
      return Optional.of("reserved for documentation (2001:db8::/32)");
    }
    if (h0 == 0x2001 && h1 == 0x0000) {
      return Optional.of("a Teredo tunnel address (2001::/32)");
    }
    if (h0 == 0x0100 && h1 == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
      return Optional.of("reserved for discarding traffic (100::/64)");
    }
    return Optional.empty();
  }

  /** The IPv4 address carried at {@code offset}, refused if it would be. */
  private static Optional<String> embedded(byte[] b, int offset, String form) {
    byte[] v4 = java.util.Arrays.copyOfRange(b, offset, offset + 4);
    return refusal4(v4)
        .map(
            why ->
                "the "
                    + form
                    + " IPv6 form of "
                    + (v4[0] & 0xff)
                    + "."
                    + (v4[1] & 0xff)
                    + "."
                    + (v4[2] & 0xff)
                    + "."
                    + (v4[3] & 0xff)
                    + ", "
                    + why);
  }
}
