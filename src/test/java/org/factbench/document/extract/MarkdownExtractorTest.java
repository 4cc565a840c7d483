package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {

  /** How headings were found before the line scan: a lazy group before optional closing marks. */
  private static final Pattern FORMER_HEADING =
      Pattern.compile("^(#{1,6})[ \\t]+(\\S.*?)(?:[ \\t]+#+)?[ \\t]*$", Pattern.MULTILINE);

  private static final Pattern FORMER_FENCE = Pattern.compile("^(?:```|~~~)", Pattern.MULTILINE);

  private static final String[] PIECES = {
    "#", "#", "##", "###", "#######", " ", " ", "\t", "a", "Budget", "\u00A0", "x", "`", "```",
    "~~~", "\n", "\n"
  };

  private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

  @Test
  void the_line_scan_finds_the_same_headings_titles_and_markdown_as_the_former_expression() {
    Random random = new Random(42);
    ExtractionRun run = new ExtractionRun(ExtractionLimits.defaults(), System::nanoTime, "text");
    for (int sample = 0; sample < 50_000; sample++) {
      StringBuilder built = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        built.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = Texts.normalise(built.toString());
      String firstLine = text.split("\n", -1)[0];

      Matcher former = FORMER_HEADING.matcher(firstLine);
      assertThat(MarkdownExtractor.heading(firstLine, 0, firstLine.length()))
          .as("heading of [%s]", firstLine)
          .isEqualTo(former.find() ? former.group(2) : null);
      assertThat(MarkdownExtractor.looksLikeMarkdown(text, run))
          .as("markdown: [%s]", text)
          .isEqualTo(FORMER_HEADING.matcher(text).find() || FORMER_FENCE.matcher(text).find());
      if (MarkdownExtractor.looksLikeMarkdown(text, run) && Texts.hasVisibleText(text)) {
        assertThat(extractor.fromPaste(text).title())
            .as("title of [%s]", text)
            .isEqualTo(Texts.cleanTitle(formerTitle(text)));
      }
    }
  }

  @Test
  void closing_marks_and_trailing_spaces_are_not_part_of_a_heading() {
    assertThat(heading("## Budget ##")).isEqualTo("Budget");
    assertThat(heading("# Budget # #")).isEqualTo("Budget #");
    assertThat(heading("#\tBudget\t#")).isEqualTo("Budget");
    assertThat(heading("# Budget#")).isEqualTo("Budget#");
    assertThat(heading("# #")).isEqualTo("#");
    assertThat(heading("#Budget")).isNull();
    assertThat(heading("####### Budget")).isNull();
    assertThat(heading("#   ")).isNull();
  }

  @Test
  void a_heading_with_a_long_run_of_spaces_is_read_in_one_scan() {
    // the former expression took 76 s for 40,000 spaces, and time grew faster than their square
    String text = "# Budget" + " ".repeat(200_000) + "doubled\n\nText.";

    ExtractedText result = extractor.fromPaste(text);

    assertThat(result.format()).isEqualTo("text/markdown");
    assertThat(result.title()).isEqualTo("Budget doubled");
  }

  private static String heading(String line) {
    return MarkdownExtractor.heading(line, 0, line.length());
  }

  private static String formerTitle(String text) {
    Matcher heading = FORMER_HEADING.matcher(text);
    String first = null;
    while (heading.find()) {
      if (heading.group(1).length() == 1) {
        return heading.group(2);
      }
      if (first == null) {
        first = heading.group(2);
      }
    }
    return first;
  }
}
