package org.factbench.document.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.document.anchor.Reanchoring.Outcome;
import org.factbench.document.anchor.Reanchoring.Placement;
import org.junit.jupiter.api.Test;

/** Each outcome of re-anchoring on small texts written by hand. */
class ReanchoringTest {

  private static final String OLD =
      "Unemployment fell to 4.1 percent in March. The city spent 12 million dollars on roads.\n\n"
          + "Crime rose by 8 percent last year, the police said. Nobody disputes that.\n\n"
          + "The mayor promised 300 new teachers by 2026.";

  private static Placement place(String oldText, String newText, String quote) {
    int start = oldText.indexOf(quote);
    assertThat(start).as("the quote is in the old text").isGreaterThanOrEqualTo(0);
    assertThat(oldText.indexOf(quote, start + 1))
        .as("the quote is once in the old text")
        .isEqualTo(-1);
    return Reanchoring.between(oldText, newText).place(start, start + quote.length(), quote);
  }

  @Test
  void an_unchanged_quote_after_an_insertion_before_it_is_kept_at_its_shifted_place() {
    String newText = "Editor's note: updated on Monday.\n\n" + OLD;
    Placement p = place(OLD, newText, "Crime rose by 8 percent last year");

    assertThat(p.outcome()).isEqualTo(Outcome.KEPT);
    assertThat(p.start())
        .isEqualTo(OLD.indexOf("Crime") + "Editor's note: updated on Monday.\n\n".length());
    assertThat(newText.substring(p.start(), p.end()))
        .isEqualTo("Crime rose by 8 percent last year");
    assertThat(p.similarity()).isEqualTo(1.0);
  }

  @Test
  void a_quote_whose_paragraph_moved_to_the_end_is_moved_with_its_context() {
    String first =
        "Unemployment fell to 4.1 percent in March. The city spent 12 million dollars on roads.";
    String second = "Crime rose by 8 percent last year, the police said. Nobody disputes that.";
    String third = "The mayor promised 300 new teachers by 2026.";
    String newText = second + "\n\n" + third + "\n\n" + first;
    Placement p = place(OLD, newText, "The city spent 12 million dollars on roads.");

    assertThat(p.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(p.start()).isEqualTo(newText.indexOf("The city spent"));
    assertThat(p.quote()).isEqualTo("The city spent 12 million dollars on roads.");
  }

  @Test
  void a_quote_found_twice_goes_to_the_occurrence_with_its_old_context() {
    String secondParagraph =
        "A second paragraph that is much longer than the first one, with many words of its own.";
    String oldText =
        "Intro line here. Sales rose 5 percent, the report says.\n\n" + secondParagraph;
    String newText =
        secondParagraph
            + "\n\nCosts too: Sales rose 5 percent. Then: Intro line here. Sales rose 5 percent,"
            + " the report says.";
    Placement p = place(oldText, newText, "Sales rose 5 percent");

    assertThat(p.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(p.start()).isEqualTo(newText.lastIndexOf("Sales rose 5 percent"));
  }

  @Test
  void a_long_quote_found_once_in_new_surroundings_is_moved() {
    String secondParagraph =
        "A second paragraph that is much longer than the first one, with many words of its own.";
    String quote = "The council approved a budget of 40 million dollars for schools";
    String oldText = "First words. " + quote + ". Trailing words.\n\n" + secondParagraph;
    String newText = secondParagraph + "\n\nA different lead: " + quote + "!";
    Placement p = place(oldText, newText, quote);

    assertThat(p.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(p.start()).isEqualTo(newText.indexOf(quote));
  }

  @Test
  void a_short_quote_found_twice_with_no_telling_context_is_orphaned() {
    String oldText = "First. He said: 40 percent. Second.";
    String newText = "Other: 40 percent, then more: 40 percent; fin";
    Placement p = place(oldText, newText, "40 percent");

    assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
    assertThat(p.start()).isEqualTo(-1);
    assertThat(p.quote()).isEqualTo("40 percent");
  }

  @Test
  void a_quote_with_a_fixed_typo_is_fuzzy_with_its_new_wording_and_similarity() {
    String newText = OLD.replace("Crime rose by 8 percent", "Crime rose by 8 per cent");
    Placement p = place(OLD, newText, "Crime rose by 8 percent last year, the police said.");

    assertThat(p.outcome()).isEqualTo(Outcome.FUZZY);
    assertThat(p.quote()).isEqualTo("Crime rose by 8 per cent last year, the police said.");
    assertThat(p.similarity()).isGreaterThan(0.97).isLessThan(1.0);
  }

  @Test
  void a_quote_slightly_reworded_in_a_paragraph_moved_to_the_end_is_fuzzy_with_its_new_wording() {
    String newText =
        "The mayor promised 300 new teachers by 2026.\n\nA long new introduction paragraph.\n\n"
            + "Unemployment fell to 4.1 percent in March. The city spent 12 million dollars on roads.\n\n"
            + "Crime rose by 8 percent last year, the police said. Nobody disputes that.";
    String edited = newText.replace("The city spent 12 million", "The city spent twelve million");
    Placement p = place(OLD, edited, "The city spent 12 million dollars on roads.");

    assertThat(p.outcome()).isEqualTo(Outcome.FUZZY);
    assertThat(p.quote()).isEqualTo("The city spent twelve million dollars on roads.");
    assertThat(p.similarity()).isGreaterThanOrEqualTo(Reanchoring.DEFAULT_THRESHOLD);
  }

  @Test
  void a_reworded_quote_alone_in_new_surroundings_is_orphaned_rather_than_guessed() {
    String newText =
        "The mayor promised 300 new teachers by 2026.\n\nA long new introduction paragraph.\n\n"
            + "Unemployment fell to 4.1 percent in March. The city spent 12 million dollars on roads.\n\n"
            + "Nobody disputes that. Crime rose by eight percent last year, the police said.";
    Placement p = place(OLD, newText, "Crime rose by 8 percent last year, the police said.");

    assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
  }

  @Test
  void a_quote_whose_paragraph_was_removed_is_orphaned_with_its_old_quote() {
    String newText =
        "Unemployment fell to 4.1 percent in March. The city spent 12 million dollars on roads.\n\n"
            + "The mayor promised 300 new teachers by 2026.";
    Placement p = place(OLD, newText, "Crime rose by 8 percent last year, the police said.");

    assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
    assertThat(p.placed()).isFalse();
    assertThat(p.quote()).isEqualTo("Crime rose by 8 percent last year, the police said.");
  }

  @Test
  void a_quote_rewritten_beyond_the_threshold_is_orphaned_not_attached_to_similar_text() {
    String newText =
        OLD.replace("Crime rose by 8 percent last year", "Burglaries fell by half in 2023");
    Placement p = place(OLD, newText, "Crime rose by 8 percent last year, the police said.");

    assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
  }

  @Test
  void two_equally_close_rewordings_elsewhere_make_a_fuzzy_match_ambiguous_and_orphaned() {
    String oldText = "Start. The budget grew by 14 percent in 2023 alone. Stop.";
    String newText =
        "Other text. The budget grew by 15 percent in 2023 alone. Filler words in between here, "
            + "and more filler words to keep them apart. The budget grew by 16 percent in 2023 alone.";
    Placement p = place(oldText, newText, "The budget grew by 14 percent in 2023 alone.");

    assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
  }

  @Test
  void offsets_count_utf16_units_so_text_beyond_the_basic_plane_keeps_the_quote_in_place() {
    String oldText = "Emoji \uD83D\uDE00 first. Inflation hit 9 percent in June.";
    String newText =
        "New \uD83D\uDE00\uD83D\uDE00 lead. Emoji \uD83D\uDE00 first. Inflation hit 9 percent in June.";
    Placement p = place(oldText, newText, "Inflation hit 9 percent");

    assertThat(p.outcome()).isEqualTo(Outcome.KEPT);
    assertThat(newText.substring(p.start(), p.end())).isEqualTo("Inflation hit 9 percent");
  }

  @Test
  void an_anchor_that_does_not_match_the_old_text_is_refused() {
    Reanchoring r = Reanchoring.between(OLD, OLD);
    assertThatThrownBy(() -> r.place(0, 5, "Crime")).isInstanceOf(IllegalArgumentException.class);
  }
}
