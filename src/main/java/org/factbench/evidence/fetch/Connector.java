package org.factbench.evidence.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Opens the TCP connection to an address the guard has checked. Plain sockets in the application;
 * tests wrap it to see every address a fetch connects to (and that a refused one never is).
 */
@FunctionalInterface
public interface Connector {

  Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;

  /** A plain socket, connected within the timeout. */
  static Connector plain() {
    return (address, timeoutMillis) -> {
      Socket socket = new Socket();
      try {
        socket.connect(address, Math.max(1, timeoutMillis));
        return socket;
      } catch (IOException e) {
        socket.close();
        throw e;
      }
    };
  }
}
