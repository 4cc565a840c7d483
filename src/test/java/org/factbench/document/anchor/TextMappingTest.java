package org.factbench.document.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The position mapping from a diff of two versions. */
class TextMappingTest {

  @Test
  void a_position_after_a_deletion_and_an_insertion_maps_to_the_same_character() {
    String oldText = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota.";
    String newText = "Alpha gamma. Delta epsilon NEW zeta. Eta theta iota and more.";
    TextMapping mapping = TextMapping.between(oldText, newText);

    for (String word : new String[] {"Alpha", "gamma", "Delta", "zeta", "theta", "iota"}) {
      assertThat(mapping.mapStart(oldText.indexOf(word))).as(word).isEqualTo(newText.indexOf(word));
      int end = oldText.indexOf(word) + word.length();
      assertThat(mapping.mapEnd(end)).as(word).isEqualTo(newText.indexOf(word) + word.length());
    }
  }

  @Test
  void a_deleted_stretch_maps_to_where_the_deletion_happened() {
    String oldText = "Keep this. Remove this sentence entirely. Keep that.";
    String newText = "Keep this. Keep that.";
    TextMapping mapping = TextMapping.between(oldText, newText);

    assertThat(mapping.mapStart(oldText.indexOf("Remove"))).isEqualTo(newText.indexOf("Keep that"));
  }

  @Test
  void of_two_swapped_paragraphs_the_longer_stays_matched_and_the_other_is_unmatched() {
    String shortParagraph = "Short one here.";
    String longParagraph = "A much longer paragraph with many distinct words in it, all unique.";
    String oldText = shortParagraph + "\n\n" + longParagraph;
    String newText = longParagraph + "\n\n" + shortParagraph;
    TextMapping mapping = TextMapping.between(oldText, newText);

    assertThat(mapping.mapStart(oldText.indexOf("much"))).isEqualTo(newText.indexOf("much"));
    assertThat(mapping.unchangedCharacters()).isLessThan(oldText.length());
    assertThat(mapping.unchangedCharacters()).isGreaterThanOrEqualTo(longParagraph.length());
  }

  @Test
  void identical_texts_map_every_position_to_itself() {
    String text = "Same text, twice the same. Nothing changed at all.";
    TextMapping mapping = TextMapping.between(text, text);

    for (int p = 0; p < text.length(); p++) {
      assertThat(mapping.mapStart(p)).isEqualTo(p);
    }
    assertThat(mapping.unchangedCharacters()).isEqualTo(text.length());
  }
}
