package org.factbench.evidence.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the guard lets through besides the public internet: the ports (80 and 443 by default), and
 * the allow list of hosts an installation trusts ({@code factbench.snapshots.allowed-hosts}): a
 * listed host may be at any address, a private one included, and on any port unless the entry names
 * one ({@code wiki.intranet:8080}). A listed host is matched by the URL's host as written (a name
 * or an IP literal), never by the address a name resolves to, so a name that resolves to a listed
 * address is still refused. With {@code onlyAllowedHosts}, nothing else is fetched at all.
 */
public record FetchRules(Set<Integer> ports, List<String> allowedHosts, boolean onlyAllowedHosts) {

  public FetchRules {
    ports = Set.copyOf(ports);
    allowedHosts =
        allowedHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .toList();
  }

  /** Ports 80 and 443, no host on the allow list. */
  public static FetchRules defaults() {
    return new FetchRules(Set.of(80, 443), List.of(), false);
  }

  /** Whether the allow list names {@code host} (lower case, IPv6 in brackets) on {@code port}. */
  public boolean allows(String host, int port) {
    for (String entry : allowedHosts) {
      String name = entry;
      Integer only = null;
      int colon = entry.lastIndexOf(':');
      if (!entry.startsWith("[") && entry.indexOf(':') != colon) {
        name = "[" + entry + "]"; // a bare IPv6 literal: no port
      } else if (colon > 0
          && entry.indexOf(']') < colon
          && entry.substring(colon + 1).matches("\\d+")) {
        name = entry.substring(0, colon);
        only = Integer.parseInt(entry.substring(colon + 1));
      }
      if (name.equals(host) && (only == null || only == port)) {
        return true;
      }
    }
    return false;
  }

  /** The ports, as a person reads them: "80, 443". */
  public String portList() {
    return ports.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
