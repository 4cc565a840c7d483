package org.factbench.document.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads plain text, and decodes the bytes of every textual upload: UTF-8 (a byte order mark is
 * dropped) or UTF-16 with a byte order mark; anything else is refused with advice to save it as
 * UTF-8.
 */
final class PlainTextExtractor implements FormatExtractor {

  static final String MEDIA_TYPE = "text/plain";

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
  static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};

  @Override
  public boolean accepts(DetectedType type) {
    return type == DetectedType.PLAIN_TEXT;
  }

  @Override
  public ExtractedText extract(ExtractionInput input, ExtractionRun run) {
    return run.finish(input.text(), MEDIA_TYPE, null, false);
  }

  /** Whether the bytes start with the byte order mark of UTF-8 or UTF-16. */
  static boolean hasUtf8Or16Bom(byte[] content) {
    return Texts.startsWith(content, UTF8_BOM)
        || Texts.startsWith(content, UTF16BE_BOM)
        || Texts.startsWith(content, UTF16LE_BOM);
  }

  /** Whether the bytes start with the byte order mark of UTF-32, which is not read. */
  static boolean hasUtf32Bom(byte[] content) {
    return Texts.startsWith(content, UTF32BE_BOM) || Texts.startsWith(content, UTF32LE_BOM);
  }

  /** Decodes UTF-8 (a BOM is dropped) or UTF-16 with a BOM, refusing anything else. */
  static String decode(byte[] content) {
    if (Texts.startsWith(content, UTF16BE_BOM)) {
      return decodeUtf16(content, StandardCharsets.UTF_16BE);
    }
    if (Texts.startsWith(content, UTF16LE_BOM)) {
      return decodeUtf16(content, StandardCharsets.UTF_16LE);
    }
    int start = Texts.startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    int bad = firstInvalidUtf8(content, start);
    if (bad >= 0) {
      String guess =
          looksLikeWindows1252(content)
              ? " It looks like Windows-1252 (Western European) text."
              : "";
      throw new ImportRefusedException(
          "The file is not UTF-8 text: the byte at offset "
              + Texts.group(bad)
              + " is not valid UTF-8."
              + guess
              + " Open it in a text editor, save it with the encoding UTF-8, and upload it again.");
    }
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }

  private static String decodeUtf16(byte[] content, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(content, 2, content.length - 2)).toString();
    } catch (CharacterCodingException e) {
      throw new ImportRefusedException(
          "The file says it is UTF-16 text but contains bytes that are not valid UTF-16. Open it"
              + " in a text editor, save it with the encoding UTF-8, and upload it again.");
    }
  }

  /** The offset of the first byte that is not valid UTF-8, or -1 if all of it is. */
  static int firstInvalidUtf8(byte[] content, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      result = decoder.flush(out);
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return -1;
    }
  }

  private static boolean looksLikeWindows1252(byte[] content) {
    Charset windows1252;
    try {
      windows1252 = Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      String text =
          windows1252
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.chars().noneMatch(c -> c == 0);
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
