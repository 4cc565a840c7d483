package org.factbench.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Word document (.docx) with POI: paragraphs, headings, lists and tables, titled by its
 * core properties or its first title or heading. A ZIP archive is first inspected by {@link
 * ZipInspector}, which refuses ZIP bombs and archives that are not Word documents.
 */
final class DocxExtractor implements FormatExtractor {

  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Logger log = LoggerFactory.getLogger(DocxExtractor.class);
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-6])|title");

  @Override
  public boolean accepts(DetectedType type) {
    return type == DetectedType.ZIP;
  }

  @Override
  public ExtractedText extract(ExtractionInput input, ExtractionRun run) {
    ZipInspector.requireWordDocument(input.bytes(), run);
    run.checkTime();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(input.bytes()))) {
      run.checkTime();
      DocxText text = new DocxText(document, run);
      return run.finish(text.text(), MEDIA_TYPE, text.title(), false);
    } catch (IOException
        | POIXMLException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException e) {
      if (Texts.causeMentions(e, "Zip bomb")) {
        log.info("Word document refused as a possible ZIP bomb: {}", e.toString());
        throw new ImportRefusedException(
            "The Word document is packed in an unusual way (it expands more than a hundredfold)"
                + " and was refused for safety. Open it in Word or LibreOffice, save it again as"
                + " .docx or PDF, and upload that.");
      }
      log.info("Word document could not be read: {}", e.toString());
      throw new ImportRefusedException(
          "The Word document could not be read: it seems damaged. Open it in Word or LibreOffice,"
              + " save it again as .docx, and upload that.");
    }
  }

  /** The text of a Word document's body: paragraphs, headings, lists and tables. */
  private static final class DocxText {
    private final ExtractionRun run;
    private final XWPFStyles styles;
    private final StringBuilder out = new StringBuilder();
    private boolean lastWasListItem;
    private String firstTitle;
    private String firstHeading1;
    private final String coreTitle;

    DocxText(XWPFDocument document, ExtractionRun run) {
      this.run = run;
      this.styles = document.getStyles();
      String title = null;
      if (document.getProperties() != null
          && document.getProperties().getCoreProperties() != null) {
        title = document.getProperties().getCoreProperties().getTitle();
      }
      this.coreTitle = title;
      for (IBodyElement element : document.getBodyElements()) {
        run.tick();
        if (element instanceof XWPFParagraph paragraph) {
          paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
          table(table);
        } else if (element instanceof XWPFSDT contentControl) {
          block(contentControl.getContent().getText(), false);
        }
      }
    }

    String text() {
      return out.toString();
    }

    String title() {
      if (coreTitle != null && !coreTitle.isBlank()) {
        return coreTitle;
      }
      return firstTitle != null ? firstTitle : firstHeading1;
    }

    private void paragraph(XWPFParagraph paragraph) {
      String text = paragraph.getText();
      if (text == null || text.isBlank()) {
        return;
      }
      String style = styleName(paragraph);
      Matcher heading = style == null ? null : HEADING_STYLE.matcher(style.replace(" ", ""));
      if (heading != null && heading.matches()) {
        if (heading.group(1) == null && firstTitle == null) {
          firstTitle = text.strip();
        } else if ("1".equals(heading.group(1)) && firstHeading1 == null) {
          firstHeading1 = text.strip();
        }
        block(text.strip(), false);
        return;
      }
      boolean listItem =
          paragraph.getNumID() != null
              || (style != null && style.toLowerCase(Locale.ROOT).startsWith("list"));
      if (listItem) {
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        block("  ".repeat(Math.clamp(level, 0, 8)) + "- " + text.strip(), true);
      } else {
        block(text, false);
      }
    }

    private String styleName(XWPFParagraph paragraph) {
      String id = paragraph.getStyleID();
      if (id == null) {
        return null;
      }
      if (styles != null) {
        XWPFStyle style = styles.getStyle(id);
        if (style != null && style.getName() != null) {
          return style.getName();
        }
      }
      return id;
    }

    private void table(XWPFTable table) {
      List<String> lines = new ArrayList<>();
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        boolean any = false;
        for (XWPFTableCell cell : row.getTableCells()) {
          run.tick();
          String cellText = Texts.ANY_SPACE.matcher(cell.getText()).replaceAll(" ").strip();
          any |= !cellText.isEmpty();
          cells.add(cellText);
        }
        if (any) {
          lines.add(String.join(" | ", cells));
        }
      }
      block(String.join("\n", lines), false);
    }

    private void block(String text, boolean listItem) {
      if (text == null || text.isBlank()) {
        return;
      }
      if (!out.isEmpty()) {
        out.append(listItem && lastWasListItem ? "\n" : "\n\n");
      }
      out.append(text);
      lastWasListItem = listItem;
    }
  }
}
