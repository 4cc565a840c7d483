package org.factbench.matching;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.base.ControlCharacters;
import org.factbench.base.HttpUrls;
import org.factbench.base.ValidationFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded reference collection: schema.org ClaimReview JSON-LD (an array, one review, an
 * {@code @graph}, or a web page's {@code <script type="application/ld+json">} blocks, as the
 * ClaimReview export writes them), or CSV/TSV with named columns. Every item is checked before
 * anything is stored; the first problem refuses the whole file with the item it is in.
 */
final class ReferenceFile {

  /** The largest file accepted. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** The most items in one collection. */
  static final int MAX_ITEMS = 200_000;

  static final String FIELD = "items";

  private static final Pattern LD_JSON =
      Pattern.compile(
          "<script[^>]*type\\s*=\\s*[\"']application/ld\\+json[\"'][^>]*>(.*?)</script>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReferenceFile() {}

  /** The items of {@code body}, or a {@link ValidationFailedException} that says what is wrong. */
  static List<ReferenceDraft> read(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      throw refused("The collection is empty: send ClaimReview JSON-LD, CSV or TSV.");
    }
    if (body.length > MAX_BYTES) {
      throw refused("The collection is larger than 50 MB; split it into several collections.");
    }
    String text = utf8(body);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String start = text.stripLeading();
    List<ReferenceDraft> items;
    if (type.contains("json") || start.startsWith("[") || start.startsWith("{")) {
      items = json(start);
    } else if (type.contains("html") || start.startsWith("<")) {
      items = page(text);
    } else {
      boolean tabs =
          type.contains("tab-separated")
              || (!type.contains("csv") && firstLine(text).contains("\t"));
      items = ReferenceTable.read(text, tabs ? '\t' : ',');
    }
    if (items.isEmpty()) {
      throw refused("The collection has no items.");
    }
    if (items.size() > MAX_ITEMS) {
      throw refused("The collection has more than " + MAX_ITEMS + " items; split it.");
    }
    return items;
  }

  static ValidationFailedException refused(String message) {
    return new ValidationFailedException(FIELD, message);
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused(
          "The collection is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8) and send it"
              + " again.");
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static List<ReferenceDraft> page(String html) {
    List<ReferenceDraft> items = new ArrayList<>();
    Matcher m = LD_JSON.matcher(html);
    while (m.find()) {
      items.addAll(json(m.group(1).strip()));
    }
    if (items.isEmpty()) {
      throw refused("The page has no ClaimReview items in <script type=\"application/ld+json\">.");
    }
    return items;
  }

  private static List<ReferenceDraft> json(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw refused("The collection is not valid JSON: " + e.getOriginalMessage());
    }
    List<JsonNode> reviews = new ArrayList<>();
    collect(root, reviews);
    if (reviews.isEmpty()) {
      throw refused("The JSON has no schema.org ClaimReview items (\"@type\": \"ClaimReview\").");
    }
    List<ReferenceDraft> items = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      JsonNode r = reviews.get(i);
      int n = i + 1;
      items.add(
          check(
              n,
              text(r, "claimReviewed"),
              firstOf(text(r.path("itemReviewed"), "name"), text(r, "name"), text(r, "headline")),
              text(r.path("author"), "name"),
              text(r, "url"),
              firstOf(
                  text(r.path("reviewRating"), "alternateName"),
                  text(r.path("reviewRating"), "name")),
              text(r, "datePublished")));
    }
    return items;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, into));
    } else if (node.isObject()) {
      if (node.has("@graph")) {
        collect(node.get("@graph"), into);
      } else if (isReview(node.path("@type"))) {
        into.add(node);
      }
    }
  }

  private static boolean isReview(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if ("ClaimReview".equals(t.asString())) {
          return true;
        }
      }
      return false;
    }
    return type.isString() && type.asString().equals("ClaimReview");
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() || v.isNumber() ? v.asString().strip() : "";
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** One item checked: a claim, text without control characters, lengths, an http(s) address. */
  static ReferenceDraft check(
      int n, String claim, String title, String publisher, String url, String rating, String date) {
    String where = "Item " + n + ": ";
    String[][] fields = {
      {"claim", claim, "4000"},
      {"title", title, "1000"},
      {"publisher", publisher, "200"},
      {"rating", rating, "200"}
    };
    for (String[] f : fields) {
      int at = ControlCharacters.firstIn(f[1]);
      if (at >= 0) {
        throw refused(where + ControlCharacters.message(f[0], f[1].charAt(at)));
      }
      if (f[1].length() > Integer.parseInt(f[2])) {
        throw refused(where + "the " + f[0] + " is longer than " + f[2] + " characters.");
      }
    }
    if (claim.isBlank()) {
      throw refused(where + "the claim is empty.");
    }
    String address;
    try {
      address = HttpUrls.normaliseOptional("url", url);
    } catch (ValidationFailedException e) {
      throw refused(where + e.getMessage());
    }
    return new ReferenceDraft(claim, title, publisher, address, rating, date(where, date));
  }

  private static LocalDate date(String where, String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    String day = date.strip();
    try {
      return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
    } catch (DateTimeParseException e) {
      throw refused(where + "the date \"" + abbreviate(day) + "\" is not a date like 2026-12-03.");
    }
  }

  static String abbreviate(String s) {
    String clean = ControlCharacters.blank(s);
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }
}
