package org.factbench.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A reference collection as a table (CSV or TSV) whose first row names the columns: {@code claim}
 * (required; also {@code claimReviewed}, {@code claim_text}), and optionally {@code title}, {@code
 * publisher}, {@code url}, {@code rating} and {@code date}. Unknown columns are refused, so that a
 * misspelt column is never silently dropped.
 */
final class ReferenceTable {

  static final List<String> COLUMNS =
      List.of("claim", "title", "publisher", "url", "rating", "date");

  private static final Map<String, String> ALIASES =
      Map.of(
          "claimreviewed", "claim",
          "claim_text", "claim",
          "claimtext", "claim",
          "verdict", "rating",
          "headline", "title",
          "author", "publisher",
          "datepublished", "date",
          "review_date", "date");

  private ReferenceTable() {}

  static List<ReferenceDraft> read(String text, char delimiter) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<ReferenceDraft> items = new ArrayList<>();
      Map<String, Integer> columns = null;
      for (CSVRecord row : parser) {
        if (columns == null) {
          columns = header(row, delimiter);
          continue;
        }
        int n = items.size() + 1;
        items.add(
            ReferenceFile.check(
                n,
                cell(row, columns, "claim"),
                cell(row, columns, "title"),
                cell(row, columns, "publisher"),
                cell(row, columns, "url"),
                cell(row, columns, "rating"),
                cell(row, columns, "date")));
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw ReferenceFile.refused(
          "The table could not be read (" + e.getMessage() + "); check its quotes.");
    }
  }

  private static Map<String, Integer> header(CSVRecord row, char delimiter) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String raw = row.get(i).strip();
      String name = raw.toLowerCase(Locale.ROOT);
      name = ALIASES.getOrDefault(name, name);
      if (!COLUMNS.contains(name)) {
        unknown.add(ReferenceFile.abbreviate(raw));
      } else {
        columns.put(name, i);
      }
    }
    String kind = delimiter == '\t' ? "TSV" : "CSV";
    if (!columns.containsKey("claim") || !unknown.isEmpty()) {
      throw ReferenceFile.refused(
          "The "
              + kind
              + " file's first row must name its columns: claim (required), title, publisher,"
              + " url, rating, date."
              + (unknown.isEmpty() ? " There is no claim column." : " Unknown: " + unknown + "."));
    }
    return columns;
  }

  private static String cell(CSVRecord row, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null || i >= row.size() ? "" : row.get(i).strip();
  }
}
