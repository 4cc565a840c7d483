package org.factbench.evidence.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of content Factbench archives: HTML, PDF, DOCX and plain text. The server's
 * Content-Type is checked before the body is read (an image is never downloaded); the body's first
 * bytes then decide between what the server says and what it sent.
 */
public enum ContentKind {
  HTML("text/html"),
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  TEXT("text/plain");

  private final String mediaType;

  ContentKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  private static final Set<String> UNSPECIFIC =
      Set.of("", "application/octet-stream", "binary/octet-stream", "application/unknown");

  /** The media type of a Content-Type header, lower case, without parameters. */
  public static String baseType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Whether a body declared as {@code contentType} may be one of the kinds, before reading it. */
  public static boolean mayBeReadable(String contentType) {
    String base = baseType(contentType);
    return UNSPECIFIC.contains(base) || declared(base) != null;
  }

  private static ContentKind declared(String base) {
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> HTML;
      case "application/pdf", "application/x-pdf" -> PDF;
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DOCX;
      case "text/plain" -> TEXT;
      default -> null;
    };
  }

  /**
   * What {@code body}, declared as {@code contentType}, is; {@code null} when none of the kinds.
   */
  public static ContentKind of(String contentType, byte[] body) {
    String base = baseType(contentType);
    ContentKind said = declared(base);
    if (startsWith(body, "%PDF-")) {
      return said == null || said == PDF || UNSPECIFIC.contains(base) ? PDF : said;
    }
    if (startsWith(body, "PK\u0003\u0004")) {
      return said == DOCX || UNSPECIFIC.contains(base) ? DOCX : null;
    }
    if (said == PDF || said == DOCX) {
      return null; // says PDF or DOCX but is not
    }
    if (said != null) {
      return binary(body) ? null : said;
    }
    if (!UNSPECIFIC.contains(base) || binary(body)) {
      return null;
    }
    String head =
        new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") ? HTML : TEXT;
  }

  private static boolean startsWith(byte[] body, String magic) {
    if (body.length < magic.length()) {
      return false;
    }
    for (int k = 0; k < magic.length(); k++) {
      if (body[k] != (byte) magic.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes in the first 4 KB: not text (UTF-16 without a BOM is not read either). */
  private static boolean binary(byte[] body) {
    int n = Math.min(body.length, 4096);
    boolean utf16Bom =
        body.length >= 2
            && ((body[0] == (byte) 0xfe && body[1] == (byte) 0xff)
                || (body[0] == (byte) 0xff && body[1] == (byte) 0xfe));
    if (utf16Bom) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (body[k] == 0) {
        return true;
      }
    }
    return false;
  }
}
