package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NoteMarkdownTest {

  @Test
  void html_and_script_links_in_a_note_come_out_inert_while_markdown_emphasis_stays() {
    String html =
        NoteMarkdown.toSafeHtml("<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))");

    assertThat(html)
        .doesNotContain("<img")
        .doesNotContain("javascript:")
        .contains("<strong>bold</strong>");
    // the tag is shown as text: "onerror" survives only as escaped, inert characters
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).doesNotContainPattern("<[^>]*onerror");
    assertNothingActive(html);
  }

  @Test
  void raw_html_is_shown_as_text() {
    String html = NoteMarkdown.toSafeHtml("Before <script>alert(1)</script> after");

    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(Jsoup.parseBodyFragment(html).text()).contains("<script>alert(1)</script>");
    assertNothingActive(html);
  }

  @Test
  void web_links_are_kept_and_open_in_a_new_tab_without_passing_on_the_referrer() {
    String html = NoteMarkdown.toSafeHtml("See [the report](https://example.org/report?id=3).");

    Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
    assertThat(link).isNotNull();
    assertThat(link.attr("href")).isEqualTo("https://example.org/report?id=3");
    assertThat(link.attr("rel")).isEqualTo("noopener noreferrer nofollow");
    assertThat(link.attr("target")).isEqualTo("_blank");
    assertThat(link.text()).isEqualTo("the report");
  }

  @Test
  void links_with_other_schemes_lose_their_target() {
    for (String markdown :
        new String[] {
          "[x](JavaScript:alert(1))",
          "[x](data:text/html;base64,PHNjcmlwdD4=)",
          "[x](vbscript:msgbox(1))",
          "<a href=\"javascript:alert(1)\">x</a>",
        }) {
      String html = NoteMarkdown.toSafeHtml(markdown);
      assertThat(Jsoup.parseBodyFragment(html).select("a[href]"))
          .as(markdown)
          .allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
      assertNothingActive(html);
    }
  }

  @Test
  void images_are_not_rendered_even_from_markdown() {
    String html = NoteMarkdown.toSafeHtml("![chart](https://example.org/chart.png)");
    assertThat(html).doesNotContain("<img");
  }

  @Test
  void the_safe_subset_of_markdown_is_rendered() {
    assertThat(NoteMarkdown.toSafeHtml("*soft* and **strong**"))
        .contains("<em>soft</em>")
        .contains("<strong>strong</strong>");
    assertThat(NoteMarkdown.toSafeHtml("- one\n- two"))
        .contains("<ul>")
        .contains("<li>one</li>")
        .contains("<li>two</li>");
    assertThat(NoteMarkdown.toSafeHtml("1. first\n2. second")).contains("<ol>");
    assertThat(NoteMarkdown.toSafeHtml("> quoted")).contains("<blockquote>");
    assertThat(NoteMarkdown.toSafeHtml("use `select 1`")).contains("<code>select 1</code>");
  }

  @Test
  void an_empty_or_missing_note_renders_as_nothing() {
    assertThat(NoteMarkdown.toSafeHtml(null)).isEmpty();
    assertThat(NoteMarkdown.toSafeHtml("")).isEmpty();
  }

  /** No script, frame, image or form element and no event handler or script URL anywhere. */
  private static void assertNothingActive(String html) {
    var body = Jsoup.parseBodyFragment(html).body();
    assertThat(body.select("script, iframe, img, object, embed, form, style, svg")).isEmpty();
    for (Element element : body.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(html).doesNotStartWithIgnoringCase("on");
        assertThat(attribute.getValue()).as(html).doesNotContainIgnoringCase("javascript:");
      }
    }
  }
}
