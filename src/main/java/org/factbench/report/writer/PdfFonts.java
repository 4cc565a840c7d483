package org.factbench.report.writer;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's fonts, from {@code resources/report/fonts}, embedded as subsets: DejaVu Sans (regular
 * and bold) for the text, Symbola for the emoji and symbols DejaVu lacks, glyph by glyph.
 */
final class PdfFonts {

  /** The text's font, also used to stamp page numbers. */
  static final String TEXT = "DejaVuSans.ttf";

  /** The report's font files, read once. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  /**
   * The report's fonts as parsed by this thread, kept by the layout threads for every part they lay
   * out (parsing them again for each part cost more than the part's own text). A parsed font reads
   * its tables lazily from a buffer with a position of its own, so it stays with one thread; PDFBox
   * does not close a font it was handed, so a document's closing leaves it usable.
   */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(HashMap::new);

  private PdfFonts() {}

  /** Gives the layout of {@code pdf} the report's fonts, each loaded only if the layout uses it. */
  static void use(PdfRendererBuilder builder, PDDocument pdf) {
    builder.useFont(
        lazily(pdf, TEXT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(
        lazily(pdf, "DejaVuSans-Bold.ttf"),
        "DejaVu Sans",
        700,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    // emoji and symbols DejaVu lacks fall back to Symbola, per glyph
    builder.useFont(
        lazily(pdf, "Symbola.ttf"), "Symbola", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
  }

  /** A font for {@code pdf} loaded only if the layout asks for it (Symbola seldom is). */
  private static PDFontSupplier lazily(PDDocument pdf, String name) {
    return new PDFontSupplier(null) {
      private PDFont font;

      @Override
      public PDFont supply() {
        if (font == null) {
          try {
            font = PDType0Font.load(pdf, PARSED.get().computeIfAbsent(name, PdfFonts::parse), true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return font;
      }
    };
  }

  /** A font for {@code pdf}, embedded as a subset, parsed anew (for the joined document). */
  static PDFont embedded(PDDocument pdf, String name) {
    try {
      return PDType0Font.load(pdf, parse(name), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One of the report's fonts parsed, with glyph substitution (GSUB) off: PDFBox 3 applies it with
   * regular expressions on every run of text it writes, which took most of a PDF's time; the
   * report's Latin text has no ligatures to lose, and right-to-left text is shaped by ICU before it
   * gets here.
   */
  private static TrueTypeFont parse(String name) {
    try {
      byte[] bytes = FILES.computeIfAbsent(name, PdfFonts::read);
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      ttf.setEnableGsub(false);
      return ttf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/report/fonts/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
