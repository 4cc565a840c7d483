package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureCheckTest {

  private static final double TEN_PERCENT = FigureCheck.DEFAULT_TOLERANCE;

  @Test
  void millions_against_a_range_in_the_hundreds_of_thousands_is_off_by_an_order_of_magnitude() {
    assertThat(
            FigureCheck.check(
                "Millions of people have died in Ukraine", List.of("180,000-220,000"), TEN_PERCENT))
        .hasValueSatisfying(
            flag ->
                assertThat(flag)
                    .isEqualTo(
                        "claim says Millions of people; source says 180,000-220,000: off by about"
                            + " 20x too high"));
  }

  @Test
  void a_figure_within_the_tolerance_or_inside_the_range_agrees() {
    assertThat(
            FigureCheck.check(
                "about 200,000 soldiers died", List.of("180,000-220,000"), TEN_PERCENT))
        .isEmpty();
    assertThat(FigureCheck.check("Spending is 6.3% of GDP", List.of("6.0%"), TEN_PERCENT))
        .isEmpty();
  }

  @Test
  void one_backing_source_is_enough_and_several_disagreeing_ones_are_all_named() {
    assertThat(
            FigureCheck.check(
                "Spending is 6.3% of GDP", List.of("2.1%", "6.3 percent"), TEN_PERCENT))
        .isEmpty();
    assertThat(FigureCheck.check("Spending is 6.3% of GDP", List.of("2.1%", "2.4%"), TEN_PERCENT))
        .hasValueSatisfying(
            flag ->
                assertThat(flag)
                    .contains("sources say 2.1%, 2.4%")
                    .contains("off by 163% too high"));
  }

  @Test
  void nothing_is_flagged_without_comparable_figures() {
    assertThat(FigureCheck.check("The army is exhausted", List.of("180,000"), TEN_PERCENT))
        .isEmpty();
    assertThat(FigureCheck.check("Spending is 6.3% of GDP", List.of(), TEN_PERCENT)).isEmpty();
    // a percentage and a count are not compared
    assertThat(FigureCheck.check("Spending is 6.3% of GDP", List.of("180,000"), TEN_PERCENT))
        .isEmpty();
    assertThat(FigureCheck.check("Nobody died: 0 deaths", List.of("12"), TEN_PERCENT)).isEmpty();
  }
}
