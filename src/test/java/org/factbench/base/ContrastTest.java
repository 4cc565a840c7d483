package org.factbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The WCAG 2.2 contrast computation, against pairs whose ratios are known. */
class ContrastTest {

  @Test
  void black_and_white_are_the_ends_of_the_scale() {
    assertThat(Contrast.luminance("#000000")).isZero();
    assertThat(Contrast.luminance("#FFFFFF")).isEqualTo(1.0);
    assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(Contrast.ratio("#ffffff", "#000000")).isEqualTo(21.0);
    assertThat(Contrast.ratio("#3a7bd5", "#3a7bd5")).isEqualTo(1.0);
  }

  @Test
  void grey_777777_on_white_is_4_48_to_1_and_767676_is_the_lightest_grey_that_passes() {
    assertThat(Contrast.ratio("#777777", Contrast.WHITE)).isCloseTo(4.48, within(0.005));
    assertThat(Contrast.ratio("#767676", Contrast.WHITE)).isCloseTo(4.54, within(0.005));
    assertThat(Contrast.ratio("#777777", Contrast.WHITE)).isLessThan(Contrast.AA);
    assertThat(Contrast.ratio("#767676", Contrast.WHITE)).isGreaterThanOrEqualTo(Contrast.AA);
  }

  @Test
  void known_pairs_match_the_published_ratios() {
    // the values WebAIM's contrast checker gives
    assertThat(Contrast.ratio("#0000ff", "#ffffff")).isCloseTo(8.59, within(0.005));
    assertThat(Contrast.ratio("#ff0000", "#ffffff")).isCloseTo(4.00, within(0.005));
    assertThat(Contrast.ratio("#008000", "#ffffff")).isCloseTo(5.14, within(0.005));
    assertThat(Contrast.ratio("#595959", "#ffffff")).isCloseTo(7.00, within(0.005));
  }

  @Test
  void white_text_on_the_default_orange_and_grey_fails_and_black_is_chosen_instead() {
    assertThat(Contrast.ratio("#ef6c00", Contrast.WHITE)).isLessThan(Contrast.AA);
    assertThat(Contrast.ratio("#9e9e9e", Contrast.WHITE)).isLessThan(Contrast.AA);
    assertThat(Contrast.textOn("#ef6c00")).isEqualTo(Contrast.BLACK);
    assertThat(Contrast.textOn("#9e9e9e")).isEqualTo(Contrast.BLACK);
    assertThat(Contrast.textOn("#c62828")).isEqualTo(Contrast.WHITE);
    assertThat(Contrast.textOn("#2e7d32")).isEqualTo(Contrast.WHITE);
    // a near tie goes to the one that contrasts more: white on #757575 (4.61 against 4.56)
    assertThat(Contrast.textOn("#757575")).isEqualTo(Contrast.WHITE);
    assertThat(Contrast.textOn("#777777")).isEqualTo(Contrast.BLACK);
    assertThat(Contrast.textOn(null)).isNull();
  }

  @Test
  void black_or_white_text_reaches_aa_on_every_colour_and_the_worst_case_is_4_58_to_1() {
    double worst = Double.MAX_VALUE;
    for (int r = 0; r < 256; r += 3) {
      for (int g = 0; g < 256; g += 3) {
        for (int b = 0; b < 256; b += 3) {
          String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
          double best = Contrast.bestTextContrast(colour);
          assertThat(best).as(colour).isGreaterThanOrEqualTo(Contrast.AA);
          assertThat(Contrast.ratio(colour, Contrast.textOn(colour))).isEqualTo(best);
          worst = Math.min(worst, best);
        }
      }
    }
    assertThat(worst).isCloseTo(4.58, within(0.01));
  }

  @Test
  void a_colour_short_of_a_minimum_is_refused_with_the_contrast_it_reaches() {
    assertThat(Contrast.requireReadable("#ef6c00", Contrast.AA)).isEqualTo(Contrast.BLACK);
    assertThatThrownBy(() -> Contrast.requireReadable("#777777", 7.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Text on #777777 reaches at most 4.69:1 in black or white; it needs 7.0:1.");
  }

  @Test
  void a_tint_is_the_colour_laid_over_another_with_its_opacity() {
    assertThat(Contrast.blend("#000000", 0.5, Contrast.WHITE)).isEqualTo("#808080");
    assertThat(Contrast.blend("#c62828", 0.38, Contrast.WHITE)).isEqualTo("#e9adad");
    assertThat(Contrast.blend("#123456", 1, Contrast.WHITE)).isEqualTo("#123456");
    assertThat(Contrast.blend("#123456", 0, Contrast.WHITE)).isEqualTo("#ffffff");
  }

  @Test
  void only_colours_written_rrggbb_are_read() {
    assertThat(Contrast.isHex("#a1B2c3")).isTrue();
    assertThat(Contrast.isHex("a1b2c3")).isFalse();
    assertThat(Contrast.isHex("#abc")).isFalse();
    assertThat(Contrast.isHex("red")).isFalse();
    assertThat(Contrast.isHex(null)).isFalse();
    assertThatThrownBy(() -> Contrast.luminance("url(x)"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
