package org.factbench.document.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads HTML as the text a reader sees: paragraphs, headings, lists and tables kept, scripts,
 * styles, hidden elements and page chrome (navigation, footers) dropped, and never any markup.
 */
final class HtmlExtractor implements FormatExtractor {

  static final String MEDIA_TYPE = "text/html";

  private static final Pattern HTML_START =
      Pattern.compile(
          "<(?:!doctype\\s+html|html|head|body|meta|title|link|base|style|script|p|div|span|a"
              + "|h[1-6]|table|ul|ol|dl|section|article|main|header|nav|blockquote|pre|br|hr"
              + "|em|strong|b|i|img|figure)(?=[\\s>/])");
  private static final Pattern FULL_HTML_START = Pattern.compile("<(?:!doctype\\s+html|html)\\b");
  private static final Pattern LEADING_XML_OR_COMMENT =
      Pattern.compile("^(?:\\s*(?:<\\?xml[^>]*\\?>|<!--.*?-->))+\\s*", Pattern.DOTALL);

  private static final Set<String> DROPPED =
      Set.of(
          "head",
          "title",
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "svg",
          "math",
          "nav",
          "footer",
          "aside",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "button",
          "select",
          "textarea",
          "input",
          "dialog",
          "map");
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "figure",
          "address",
          "dl",
          "details",
          "fieldset",
          "table",
          "hr");
  private static final Set<String> LINES =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "header",
          "dt",
          "dd",
          "figcaption",
          "summary",
          "caption",
          "legend",
          "form",
          "center",
          "tbody",
          "thead",
          "tfoot");

  @Override
  public boolean accepts(DetectedType type) {
    return type == DetectedType.HTML;
  }

  @Override
  public ExtractedText extract(ExtractionInput input, ExtractionRun run) {
    // as Jsoup.parse(String) does, but through a reader that keeps the time budget
    Document document = Parser.htmlParser().parseInput(run.timedReader(input.text()), "");
    run.checkTime();
    String title = document.title();
    if (title.isBlank()) {
      Element h1 = document.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    HtmlText text = new HtmlText(run);
    NodeTraversor.filter(text, document.body());
    return run.finish(text.text(), MEDIA_TYPE, title, false);
  }

  /** Whether text starts like HTML; a Markdown file must start like a whole HTML document. */
  static boolean looksLikeHtml(String text, boolean namedMarkdown) {
    String start = text.substring(0, Math.min(text.length(), 4096));
    if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
      start = start.substring(1);
    }
    Matcher prolog = LEADING_XML_OR_COMMENT.matcher(start);
    if (prolog.lookingAt()) {
      start = start.substring(prolog.end());
    }
    start = start.stripLeading().toLowerCase(Locale.ROOT);
    if (namedMarkdown) {
      return FULL_HTML_START.matcher(start).lookingAt();
    }
    return HTML_START.matcher(start).lookingAt() || FULL_HTML_START.matcher(start).lookingAt();
  }

  /** Turns an HTML body into plain text that keeps its paragraphs, headings, lists and tables. */
  private static final class HtmlText implements NodeFilter {
    private final ExtractionRun run;
    private final Deque<HtmlLines> sinks = new ArrayDeque<>();
    private final Deque<List<String>> rows = new ArrayDeque<>();
    private int listDepth;
    private int preDepth;

    HtmlText(ExtractionRun run) {
      this.run = run;
      sinks.push(new HtmlLines());
    }

    String text() {
      return sinks.getLast().text();
    }

    private HtmlLines sink() {
      return sinks.peek();
    }

    @Override
    public FilterResult head(Node node, int depth) {
      run.tick();
      if (node instanceof TextNode textNode) {
        if (preDepth > 0) {
          sink().preformatted(textNode.getWholeText());
        } else {
          sink().inline(textNode.getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (isDropped(element, tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      switch (tag) {
        case "br" -> sink().lineBreak();
        case "pre" -> {
          sink().block(2);
          preDepth++;
        }
        case "ul", "ol", "menu" -> {
          sink().block(listDepth == 0 ? 2 : 1);
          listDepth++;
        }
        case "li" -> {
          sink().block(1);
          sink().prefix("  ".repeat(Math.clamp(listDepth - 1L, 0, 8)) + "- ");
        }
        case "tr" -> rows.push(new ArrayList<>());
        case "td", "th" -> sinks.push(new HtmlLines());
        default -> blockFor(tag);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      switch (tag) {
        case "pre" -> {
          preDepth--;
          sink().block(2);
        }
        case "ul", "ol", "menu" -> {
          listDepth--;
          sink().block(listDepth == 0 ? 2 : 1);
        }
        case "li" -> sink().block(1);
        case "td", "th" -> {
          String cell = sinks.pop().singleLine();
          List<String> row = rows.peek();
          if (row != null) {
            row.add(cell);
          } else {
            sink().inline(" " + cell + " ");
          }
        }
        case "tr" -> {
          List<String> row = rows.pop();
          if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
            sink().block(1);
            sink().literal(String.join(" | ", row));
            sink().block(1);
          }
        }
        default -> blockFor(tag);
      }
      return FilterResult.CONTINUE;
    }

    private void blockFor(String tag) {
      if (PARAGRAPHS.contains(tag)) {
        sink().block(2);
      } else if (LINES.contains(tag)) {
        sink().block(1);
      }
    }

    private static boolean isDropped(Element element, String tag) {
      if (DROPPED.contains(tag)) {
        return true;
      }
      if (tag.equals("header") && element.selectFirst("h1") == null) {
        return true;
      }
      if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
        return true;
      }
      String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      return style.contains("display:none") || style.contains("visibility:hidden");
    }
  }
}
