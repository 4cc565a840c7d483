package org.factbench.document.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents of every format built in memory for the extraction tests. */
final class ExtractFixtures {

  private ExtractFixtures() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A clock for the time budget that moves on by {@code stepMillis} each time it is read, so that
   * an extraction "takes" as long as the number of times it looks at the clock.
   */
  static LongSupplier clockStepping(long stepMillis) {
    AtomicLong now = new AtomicLong();
    return () -> now.getAndAdd(stepMillis * 1_000_000);
  }

  /** A PDF with one page for each text; a text may hold several lines; null is an empty page. */
  static byte[] pdfPages(String... pages) {
    return pdf(null, pages);
  }

  /** A PDF with the given title in its document information and one page for each text. */
  static byte[] pdf(String title, String... pages) {
    return pdf(title, -1, pages);
  }

  /** A PDF of empty pages whose page tree states it has {@code statedCount} pages. */
  static byte[] pdfStatingPageCount(int statedCount, int pages) {
    return pdf(null, statedCount, new String[pages]);
  }

  private static byte[] pdf(String title, int statedCount, String... pages) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        if (text == null) {
          continue;
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = 760;
          for (String line : text.split("\n")) {
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(72, y);
            content.showText(line);
            content.endText();
            y -= 15;
          }
        }
      }
      if (title != null) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        document.setDocumentInformation(info);
      }
      if (statedCount >= 0) {
        document.getPages().getCOSObject().setInt(COSName.COUNT, statedCount);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of one page of text followed by {@code emptyPages} pages that have no content. */
  static byte[] pdfWithEmptyPages(String text, int emptyPages) {
    String[] pages = new String[emptyPages + 1];
    pages[0] = text;
    return pdfPages(pages);
  }

  /**
   * A one-page PDF whose content stream is written as it is: {@code /F1} is Helvetica, so raw
   * string bytes such as {@code \000} reach the text as the characters with those codes.
   */
  static byte[] pdfWithContentStream(String operators) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(operators.getBytes(StandardCharsets.ISO_8859_1));
      }
      page.setContents(stream);
      document.addPage(page);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** Writes a Word document. */
  interface DocumentWriter {
    void write(XWPFDocument document);
  }

  static byte[] docx(DocumentWriter writer) {
    try (XWPFDocument document = new XWPFDocument()) {
      writer.write(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ZIP archive with the text of one entry rewritten, such as a Word document's XML turned into
   * XML 1.1, which may hold control characters as character references.
   */
  static byte[] rewriteEntry(byte[] archive, String name, UnaryOperator<String> rewrite) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(name)) {
          content = utf8(rewrite.apply(new String(content, StandardCharsets.UTF_8)));
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A ZIP archive of entries given as name, content, name, content and so on. */
  static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(utf8(namesAndContents[i + 1]));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A ZIP archive whose entry {@code name} unpacks to {@code size} zero bytes. */
  static byte[] zipOfZeros(String name, long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(utf8("<Types/>"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[64 * 1024];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
