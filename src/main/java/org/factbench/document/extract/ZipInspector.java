package org.factbench.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks inside a ZIP archive before anything unpacks it for real: it lists the entries and measures
 * how far they unpack, so that a small file that unpacks to gigabytes (a ZIP bomb) is refused
 * before POI reads it, and names what the archive is when it is not a Word document (a spreadsheet,
 * a presentation, an OpenDocument file, an e-book, a plain archive).
 */
final class ZipInspector {

  private static final Logger log = LoggerFactory.getLogger(ZipInspector.class);

  private ZipInspector() {}

  /** What a look through a ZIP archive's entries found. */
  private static final class Contents {
    boolean wordDocument;
    boolean excel;
    boolean powerPoint;
    boolean damaged;
    String mimetype;
  }

  /**
   * Returns if the archive is a Word document within the limits, else refuses it.
   *
   * @param content the archive's bytes
   * @param run the limits on unpacking and the clock
   * @throws ImportRefusedException if it unpacks too far, holds too many entries, or is something
   *     other than a Word document
   */
  static void requireWordDocument(byte[] content, ExtractionRun run) {
    Contents zip = inspect(content, run);
    if (zip.wordDocument) {
      return;
    }
    if (zip.damaged) {
      throw new ImportRefusedException(
          "The file is a ZIP archive that could not be opened: it seems damaged. "
              + Texts.ACCEPTED);
    }
    String what;
    String advice = Texts.RESAVE;
    if (zip.excel) {
      what = "an Excel spreadsheet";
      advice = Texts.ACCEPTED;
    } else if (zip.powerPoint) {
      what = "a PowerPoint presentation";
    } else if (zip.mimetype != null
        && zip.mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
      what = "an OpenDocument text (.odt)";
    } else if (zip.mimetype != null && zip.mimetype.startsWith("application/vnd.oasis.")) {
      what = "an OpenDocument file";
      advice = Texts.ACCEPTED;
    } else if (zip.mimetype != null && zip.mimetype.equals("application/epub+zip")) {
      what = "an EPUB e-book";
      advice = Texts.ACCEPTED;
    } else {
      what = "a ZIP archive";
      advice =
          "Unpack it and upload the documents inside one by one (.txt, .md, .html, .docx or .pdf).";
    }
    throw new ImportRefusedException(Reason.NOT_A_DOCUMENT, Texts.notReadableMessage(what, advice));
  }

  private static Contents inspect(byte[] content, ExtractionRun run) {
    ExtractionLimits limits = run.limits();
    long documentLimit = limits.maxUnpackedDocumentBytes();
    long totalLimit = limits.maxUnpackedTotalBytes();
    Contents found = new Contents();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        run.tick();
        if (++entries > limits.maxZipEntries()) {
          throw new ImportRefusedException(
              Reason.TOO_LARGE,
              "The file is packed from more than "
                  + Texts.group(limits.maxZipEntries())
                  + " parts, more than Factbench accepts. Save the document again as .docx or"
                  + " PDF, or split it into smaller parts and upload them separately.");
        }
        String name = entry.getName();
        boolean isDocument = name.equals("word/document.xml");
        found.wordDocument |= isDocument;
        found.excel |= name.equals("xl/workbook.xml");
        found.powerPoint |= name.equals("ppt/presentation.xml");
        long entrySize = 0;
        StringBuilder mimetype = name.equals("mimetype") ? new StringBuilder() : null;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          run.tick();
          entrySize += read;
          total += read;
          if (mimetype != null && mimetype.length() < 100) {
            mimetype.append(new String(buffer, 0, Math.min(read, 100), StandardCharsets.US_ASCII));
          }
          if ((isDocument && entrySize > documentLimit) || total > totalLimit) {
            throw new ImportRefusedException(
                Reason.TOO_LARGE,
                "The file unpacks to more than "
                    + Texts.formatSize(isDocument ? documentLimit : totalLimit)
                    + ", more than Factbench accepts. Split the document into smaller parts and"
                    + " upload them separately.");
          }
        }
        if (mimetype != null) {
          found.mimetype = mimetype.toString().strip();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      log.debug("ZIP archive could not be listed", e);
      found.damaged = true;
      // let POI try a file that names a Word document: it reads some archives this listing cannot
      found.wordDocument |= Texts.contains(content, "word/document.xml");
    }
    return found;
  }
}
