package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorTest {

  private static final String TEXT =
      "00:05 Host: Good evening and welcome to the debate on the national budget.\n"
          + "00:22 Senator Hale: Our defence budget doubled in two years, and it shows.\n"
          + "00:41 Minister Varga: It did not double; it grew by a fifth.";

  @Test
  void an_anchor_keeps_its_quote_and_up_to_32_characters_of_context_on_each_side() {
    String quote = "Our defence budget doubled in two years";
    int start = TEXT.indexOf(quote);
    Anchor anchor = Anchor.of(7, TEXT, start, start + quote.length());

    assertThat(anchor.documentId()).isEqualTo(7);
    assertThat(anchor.start()).isEqualTo(start);
    assertThat(anchor.end()).isEqualTo(start + quote.length());
    assertThat(anchor.quote()).isEqualTo(quote);
    assertThat(anchor.prefix())
        .hasSize(Anchor.CONTEXT)
        .isEqualTo(TEXT.substring(start - 32, start))
        .endsWith("00:22 Senator Hale: ");
    assertThat(anchor.suffix())
        .hasSize(Anchor.CONTEXT)
        .isEqualTo(TEXT.substring(start + quote.length(), start + quote.length() + 32))
        .startsWith(", and it shows.\n");
  }

  @Test
  void at_the_edges_of_the_text_the_context_is_only_what_there_is() {
    Anchor first = Anchor.of(1, TEXT, 0, 5);
    assertThat(first.quote()).isEqualTo("00:05");
    assertThat(first.prefix()).isEmpty();

    Anchor last = Anchor.of(1, TEXT, TEXT.length() - 6, TEXT.length());
    assertThat(last.quote()).isEqualTo("fifth.");
    assertThat(last.suffix()).isEmpty();

    Anchor shortText = Anchor.of(1, "a b c", 2, 3);
    assertThat(shortText.prefix()).isEqualTo("a ");
    assertThat(shortText.suffix()).isEqualTo(" c");
  }

  @Test
  void an_anchor_matches_the_text_it_was_made_from_and_not_a_changed_one() {
    String quote = "grew by a fifth";
    int start = TEXT.indexOf(quote);
    Anchor anchor = Anchor.of(1, TEXT, start, start + quote.length());

    assertThat(anchor.matches(TEXT)).isTrue();
    assertThat(anchor.matches(TEXT.replace("a fifth", "a third"))).isFalse();
    assertThat(anchor.matches("Intro.\n" + TEXT)).as("the quote moved").isFalse();
    assertThat(anchor.matches(TEXT.substring(0, start + 3))).as("the text ends early").isFalse();
    assertThat(anchor.matches("")).isFalse();
  }

  @Test
  void an_anchor_that_still_matches_relocates_to_itself() {
    Anchor anchor = Anchor.of(1, TEXT, 12, 24);
    assertThat(anchor.relocate(TEXT)).isSameAs(anchor);
  }

  @Test
  void relocating_finds_a_quote_that_moved_and_gives_its_new_offsets() {
    String quote = "Our defence budget doubled in two years";
    int start = TEXT.indexOf(quote);
    Anchor anchor = Anchor.of(3, TEXT, start, start + quote.length());
    String edited = "[Transcript, corrected edition]\n\n" + TEXT;

    Anchor moved = anchor.relocate(edited);

    assertThat(moved).isNotNull();
    assertThat(moved.documentId()).isEqualTo(3);
    assertThat(moved.start()).isEqualTo(edited.indexOf(quote)).isNotEqualTo(start);
    assertThat(moved.end()).isEqualTo(moved.start() + quote.length());
    assertThat(moved.quote()).isEqualTo(quote);
    assertThat(moved.matches(edited)).isTrue();
  }

  @Test
  void when_the_quote_occurs_twice_relocating_picks_the_occurrence_whose_context_matches() {
    String text =
        "Alpha said at the start of the hearing: the rate is 5%. Nobody disagreed then.\n"
            + "Beta replied much later in the evening: the rate is 5%. Several members objected.";
    String quote = "the rate is 5%";
    int firstStart = text.indexOf(quote);
    int secondStart = text.lastIndexOf(quote);
    Anchor first = Anchor.of(1, text, firstStart, firstStart + quote.length());
    Anchor second = Anchor.of(1, text, secondStart, secondStart + quote.length());
    String edited = "Opening remarks were skipped.\n" + text;

    Anchor firstMoved = first.relocate(edited);
    Anchor secondMoved = second.relocate(edited);

    assertThat(firstMoved.start()).isEqualTo(edited.indexOf(quote));
    assertThat(secondMoved.start()).isEqualTo(edited.lastIndexOf(quote));
    assertThat(secondMoved.prefix()).endsWith("in the evening: ");
    assertThat(firstMoved.suffix()).startsWith(". Nobody disagreed");
  }

  @Test
  void relocating_a_quote_whose_context_changed_still_finds_the_only_occurrence() {
    String quote = "grew by a fifth";
    int start = TEXT.indexOf(quote);
    Anchor anchor = Anchor.of(1, TEXT, start, start + quote.length());
    String rewritten = "Completely different words around it: " + quote + " - says the minister.";

    Anchor moved = anchor.relocate(rewritten);

    assertThat(moved).isNotNull();
    assertThat(moved.start()).isEqualTo(rewritten.indexOf(quote));
    assertThat(moved.matches(rewritten)).isTrue();
  }

  @Test
  void relocating_returns_null_when_the_quote_is_gone() {
    String quote = "Our defence budget doubled in two years";
    int start = TEXT.indexOf(quote);
    Anchor anchor = Anchor.of(1, TEXT, start, start + quote.length());

    assertThat(anchor.relocate(TEXT.replace("doubled", "tripled"))).isNull();
    assertThat(anchor.relocate("")).isNull();
  }
}
