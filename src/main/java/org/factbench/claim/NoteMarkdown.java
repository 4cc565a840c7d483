package org.factbench.claim;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a note's text as a safe subset of Markdown: emphasis, lists, quotes, code and http(s)
 * links. Raw HTML in the note is shown as text, and the result passes jsoup's cleaner, so nothing
 * active survives.
 */
public final class NoteMarkdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE =
      Safelist.basic()
          .removeTags("span", "cite", "sub", "sup", "dl", "dt", "dd")
          .addAttributes("a", "target")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
          .addEnforcedAttribute("a", "target", "_blank")
          .addProtocols("a", "href", "http", "https");

  private NoteMarkdown() {}

  public static String toSafeHtml(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", SAFE, out);
  }
}
