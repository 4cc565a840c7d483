package org.factbench.document.extract;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** Names, for the user, a detected file type that is not a document, and says what to do. */
final class UnreadableTypes {

  private final MimeTypes mimeTypes;

  UnreadableTypes(MimeTypes mimeTypes) {
    this.mimeTypes = mimeTypes;
  }

  /** The refusal message for a file of this type. */
  String message(MediaType type) {
    return Texts.notReadableMessage(describe(type), adviceFor(type));
  }

  /** What the file is, such as "a PNG image" or "a file of type …". */
  String describe(MediaType type) {
    String main = type.getType();
    String sub = type.getSubtype();
    String name = type.getBaseType().toString();
    switch (name) {
      case "image/png":
        return "a PNG image";
      case "image/jpeg":
        return "a JPEG image";
      case "image/gif":
        return "a GIF image";
      case "image/webp":
        return "a WebP image";
      case "image/bmp":
        return "a BMP image";
      case "image/tiff":
        return "a TIFF image";
      case "image/svg+xml":
        return "an SVG image";
      case "application/zip":
        return "a ZIP archive";
      case "application/gzip", "application/x-gzip":
        return "a compressed (gzip) file";
      case "application/rtf":
        return "an RTF file";
      case "application/postscript":
        return "a PostScript file";
      case "application/epub+zip":
        return "an EPUB e-book";
      case "application/java-archive", "application/java-vm":
        return "a Java program";
      case "application/x-sqlite3":
        return "a database file";
      default:
        break;
    }
    if (main.equals("image")) {
      return "an image";
    }
    if (main.equals("audio")) {
      return "an audio file";
    }
    if (main.equals("video")) {
      return "a video file";
    }
    if (main.equals("font") || sub.contains("font")) {
      return "a font file";
    }
    if (sub.contains("msdownload")
        || sub.contains("executable")
        || sub.contains("dosexec")
        || sub.contains("elf")
        || sub.contains("mach-o")) {
      return "a program";
    }
    if (sub.contains("compressed")
        || sub.contains("tar")
        || sub.contains("bzip")
        || sub.equals("x-xz")) {
      return "an archive";
    }
    if (type.equals(MediaType.OCTET_STREAM)) {
      return "binary data of a kind Factbench does not recognise";
    }
    String description = null;
    try {
      MimeType known = mimeTypes.forName(name);
      description =
          known.getAcronym() != null && !known.getAcronym().isBlank()
              ? known.getAcronym()
              : known.getDescription();
    } catch (MimeTypeException e) {
      // fall back to the media type itself
    }
    return "a file of type "
        + (description == null || description.isBlank() ? name : description.strip());
  }

  private static String adviceFor(MediaType type) {
    String name = type.getBaseType().toString();
    if (name.equals("application/rtf")
        || name.startsWith("application/vnd.ms-")
        || name.equals("application/msword")
        || name.startsWith("application/vnd.oasis.opendocument")) {
      return Texts.RESAVE;
    }
    return Texts.ACCEPTED;
  }
}
