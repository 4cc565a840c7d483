package org.factbench.evidence.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into its addresses, once per fetch: the guard checks every address it returns
 * and the connection goes to one of those, never to a second lookup. The system's resolver in the
 * application; tests give one of their own, so that no test asks a DNS server anything.
 */
@FunctionalInterface
public interface HostResolver {

  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The resolver of the operating system (and the JVM's address cache). */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
