package org.factbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void nul_every_other_c0_character_and_del_are_refused_but_tab_line_feed_and_return_are_text() {
    for (int c = 0; c < 0x20; c++) {
      assertThat(ControlCharacters.refused(c))
          .as("U+%04X", c)
          .isEqualTo(c != '\t' && c != '\n' && c != '\r');
    }
    assertThat(ControlCharacters.refused(0x7f)).isTrue();
    assertThat(ControlCharacters.refused(' ')).isFalse();
    assertThat(ControlCharacters.refused('é')).isFalse();
    assertThat(ControlCharacters.refused(0x85)).as("C1 is text here").isFalse();
  }

  @Test
  void a_refusal_names_the_field_and_the_character() {
    assertThatThrownBy(() -> ControlCharacters.refuse("wording", "Crime fell\u0000 by 3%"))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessage(
            "The value of wording contains a control character (U+0000); only tab, line feed and"
                + " carriage return are allowed.")
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("wording"));
    assertThatThrownBy(() -> ControlCharacters.refuseAll("tags", List.of("ok", "b\u001bd")))
        .hasMessageContaining("U+001B")
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("tags"));
  }

  @Test
  void text_without_them_and_no_text_at_all_pass_unchanged() {
    assertThat(ControlCharacters.refuse("note", "Line one\r\n\tindented"))
        .isEqualTo("Line one\r\n\tindented");
    assertThatCode(() -> ControlCharacters.refuse("note", null)).doesNotThrowAnyException();
    assertThat(ControlCharacters.firstIn(null)).isEqualTo(-1);
    assertThat(ControlCharacters.firstIn("abc\u0007")).isEqualTo(3);
  }

  @Test
  void blanking_replaces_each_one_with_a_space_so_that_offsets_hold() {
    String extracted = "Page one\fPage two\u0000\u0000 end\tx\r\n";
    String blanked = ControlCharacters.blank(extracted);
    assertThat(blanked).isEqualTo("Page one Page two   end\tx\r\n").hasSameSizeAs(extracted);
    assertThat(blanked.indexOf("end")).isEqualTo(extracted.indexOf("end"));
    String clean = "nothing to do";
    assertThat(ControlCharacters.blank(clean)).isSameAs(clean);
  }
}
