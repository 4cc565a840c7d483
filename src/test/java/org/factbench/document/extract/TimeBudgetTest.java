package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factbench.document.extract.ExtractFixtures.clockStepping;
import static org.factbench.document.extract.ExtractFixtures.docx;
import static org.factbench.document.extract.ExtractFixtures.pdfPages;
import static org.factbench.document.extract.ExtractFixtures.utf8;

import java.time.Duration;
import org.factbench.document.extract.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

/**
 * Every format is read within the time budget. The clock of these tests moves on by one millisecond
 * whenever it is read, so "slow" is a matter of how often an extractor looks at it, and the outcome
 * never depends on the speed of the machine.
 */
class TimeBudgetTest {

  private static final ExtractionLimits TINY =
      ExtractionLimits.defaults().withTimeBudget(Duration.ofNanos(1));

  private final TextExtractor tiny = new TextExtractor(TINY, clockStepping(1));

  @Test
  void a_tiny_time_budget_refuses_every_format() {
    byte[] word = docx(document -> document.createParagraph().createRun().setText("Word text."));

    assertRefusedForTime(() -> tiny.fromUpload(utf8("Plain text."), "a.txt"), "the file");
    assertRefusedForTime(() -> tiny.fromUpload(utf8("# Title\n\nText."), "a.md"), "the file");
    assertRefusedForTime(() -> tiny.fromUpload(utf8("<p>Web page.</p>"), "a.html"), "the file");
    assertRefusedForTime(() -> tiny.fromUpload(word, "a.docx"), "the file");
    assertRefusedForTime(() -> tiny.fromUpload(pdfPages("A PDF."), "a.pdf"), "the file");
    assertRefusedForTime(() -> tiny.fromPaste("Pasted text."), "the pasted text");
  }

  @Test
  void a_tiny_budget_on_the_real_clock_refuses_a_pdf() {
    TextExtractor real = new TextExtractor(TINY);

    assertRefusedForTime(() -> real.fromUpload(pdfPages("A PDF."), "a.pdf"), "the file");
  }

  @Test
  void html_with_many_elements_is_stopped_while_it_is_walked() {
    String html = "<p>One paragraph.</p>".repeat(50_000);
    // reading the parsed page looks at the clock every 256 nodes: about 400 looks in all
    ExtractionLimits budget = ExtractionLimits.defaults().withTimeBudget(Duration.ofMillis(100));

    assertRefusedForTime(
        () -> new TextExtractor(budget, clockStepping(1)).fromUpload(utf8(html), "a.html"),
        "the file");
    assertThat(new TextExtractor(budget, clockStepping(0)).fromUpload(utf8(html), "a.html").text())
        .startsWith("One paragraph.\n\nOne paragraph.");
  }

  @Test
  void html_is_stopped_while_it_is_parsed() {
    // one long paragraph: the parser reads it 1,024 characters at a time, each read counted, and
    // the clock is looked at every 256 reads; walking the single text node hardly counts
    String html = "<p>" + "Words and more words. ".repeat(80_000) + "</p>";
    ExtractionLimits budget = ExtractionLimits.defaults().withTimeBudget(Duration.ofMillis(3));

    assertRefusedForTime(
        () -> new TextExtractor(budget, clockStepping(1)).fromUpload(utf8(html), "a.html"),
        "the file");
    assertThat(new TextExtractor(budget, clockStepping(0)).fromUpload(utf8(html), "a.html").text())
        .hasSize("Words and more words. ".length() * 80_000 - 1);
  }

  @Test
  void markdown_with_many_lines_is_stopped_while_its_headings_are_looked_for() {
    String markdown = "A line of notes without a heading.\n".repeat(100_000) + "# Title\n";
    ExtractionLimits budget = ExtractionLimits.defaults().withTimeBudget(Duration.ofMillis(100));

    assertRefusedForTime(
        () -> new TextExtractor(budget, clockStepping(1)).fromPaste(markdown), "the pasted text");
  }

  @Test
  void the_default_budget_lets_ordinary_documents_through() {
    TextExtractor standard = new TextExtractor(ExtractionLimits.defaults(), clockStepping(1));

    assertThat(standard.fromUpload(pdfPages("A PDF.", "Second page."), "a.pdf").text())
        .isEqualTo("A PDF.\n\nSecond page.");
    assertThat(standard.fromPaste("<h1>Title</h1><p>Body.</p>").text()).isEqualTo("Title\n\nBody.");
  }

  private static void assertRefusedForTime(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String what) {
    assertThatThrownBy(call)
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("Reading " + what + " took longer than the ")
        .hasMessageContaining("Factbench allows for one document, so it was stopped.")
        .hasMessageContaining("Split the document into smaller parts")
        .extracting(e -> ((ImportRefusedException) e).reason())
        .isEqualTo(Reason.TOO_LARGE);
  }
}
