package org.factbench.base;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks and normalises a web address that users enter and others open or export (a source's URL, a
 * document's origin): absolute http or https with a host, no credentials, no spaces or control
 * characters, at most {@value #MAX_LENGTH} characters. Anything else ({@code javascript:}, {@code
 * data:}, relative links) is refused with a message that says why, naming the field it came from.
 */
public final class HttpUrls {

  public static final int MAX_LENGTH = 2048;

  private HttpUrls() {}

  /**
   * The address in its normal form (lower-case scheme and host, no default port, at least "/" as
   * the path), or a {@link ValidationFailedException} naming {@code field}.
   */
  public static String normalise(String field, String raw) {
    String url = raw == null ? "" : raw.strip();
    if (url.isEmpty()) {
      throw new ValidationFailedException(field, "Enter the web address (https://...).");
    }
    return check(field, url);
  }

  /** Like {@link #normalise(String, String)}, but an empty address is allowed and stays empty. */
  public static String normaliseOptional(String field, String raw) {
    String url = raw == null ? "" : raw.strip();
    return url.isEmpty() ? "" : normalise(field, url);
  }

  private static String check(String field, String url) {
    if (url.length() > MAX_LENGTH) {
      throw invalid(field, "The web address is longer than " + MAX_LENGTH + " characters.");
    }
    if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw invalid(field, "The web address contains spaces or control characters.");
    }
    String ascii = asciiHost(field, url);
    URI uri;
    try {
      uri = new URI(ascii);
    } catch (URISyntaxException e) {
      throw invalid(field, "This is not a valid web address: " + e.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.isEmpty()) {
      throw invalid(field, "Give the full address, starting with https:// or http://.");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(field, "Only http and https addresses are accepted, not " + scheme + ":.");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(field, "The web address must not contain a user name or password.");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw invalid(field, "The web address has no host name.");
    }
    host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      sb.append(':').append(port);
    }
    String path = uri.getRawPath();
    sb.append(path == null || path.isEmpty() ? "/" : path);
    if (uri.getRawQuery() != null) {
      sb.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      sb.append('#').append(uri.getRawFragment());
    }
    return sb.toString();
  }

  /**
   * Puts an internationalised host name into its ASCII (punycode) form, which URI parsing needs.
   */
  private static String asciiHost(String field, String url) {
    var m =
        java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#@]+)(.*)$")
            .matcher(url);
    if (!m.matches() || m.group(2).chars().allMatch(c -> c < 128)) {
      return url;
    }
    String hostPort = m.group(2);
    int colon = hostPort.lastIndexOf(':');
    String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
    String port = colon > 0 ? hostPort.substring(colon) : "";
    try {
      return m.group(1) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port + m.group(3);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "The host name is not valid.");
    }
  }

  private static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(field, message);
  }
}
