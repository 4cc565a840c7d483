package org.factbench.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  private static Quantity only(String text) {
    List<Quantity> found = Quantities.find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_range_with_thousands_separators_is_one_figure() {
    Quantity q = only("Between 180,000-220,000 Russian soldiers were killed in action.");
    assertThat(q.low()).isEqualTo(180_000);
    assertThat(q.high()).isEqualTo(220_000);
    assertThat(q.unit()).isEmpty();
    assertThat(q.approximate()).isFalse();
  }

  @Test
  void between_one_figure_and_another_is_a_range_but_between_two_years_is_not() {
    Quantity q = only("Between 180,000 and 220,000 soldiers were killed in action.");
    assertThat(q.low()).isEqualTo(180_000);
    assertThat(q.high()).isEqualTo(220_000);
    Quantity money = only("The cost was between $2 and 3 billion.");
    assertThat(money.low()).isEqualTo(2e9);
    assertThat(money.high()).isEqualTo(3e9);
    assertThat(money.unit()).isEqualTo("$");
    assertThat(Quantities.find("Between 2019 and 2022 the rate rose.")).isEmpty();
  }

  @Test
  void a_percentage_of_gdp_keeps_its_unit() {
    Quantity q = only("Our defence spending is 6.3% of GDP this year.");
    assertThat(q.low()).isEqualTo(6.3);
    assertThat(q.unit()).isEqualTo("%");
    assertThat(only("Unemployment fell to 4 per cent.").unit()).isEqualTo("%");
  }

  @Test
  void verbal_amounts_become_ranges_or_values() {
    Quantity millions = only("Millions of people have died in Ukraine.");
    assertThat(millions.low()).isEqualTo(2e6);
    assertThat(millions.high()).isEqualTo(1e7);
    assertThat(millions.approximate()).isTrue();
    Quantity half = only("about half a million people fled");
    assertThat(half.low()).isEqualTo(500_000);
    assertThat(half.approximate()).isTrue();
    assertThat(only("two billion euros").low()).isEqualTo(2e9);
    assertThat(only("tens of thousands of deaths").high()).isEqualTo(1e5);
  }

  @Test
  void scale_words_and_year_ranges_of_age() {
    assertThat(only("a budget of 2.5 million").low()).isEqualTo(2_500_000);
    Quantity age = only("men aged 35-36 years");
    assertThat(age.low()).isEqualTo(35);
    assertThat(age.high()).isEqualTo(36);
    assertThat(age.unit()).isEqualTo("years");
  }

  @Test
  void years_and_time_codes_are_not_figures() {
    assertThat(Quantities.find("In 2024 the budget grew.")).isEmpty();
    assertThat(Quantities.find("00:22 Senator Hale: good evening")).isEmpty();
    assertThat(Quantities.find("between 2022 and 2026")).isEmpty();
  }

  @Test
  void millions_against_a_count_in_the_hundreds_of_thousands_is_flagged_with_the_factor() {
    Quantity claim = only("Millions of people have died in Ukraine.");
    Quantity source = only("180,000-220,000 soldiers killed in action");

    assertThat(Quantities.disagreement(claim, source, 0.1))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith(
                        "claim says Millions of people; source says 180,000-220,000 soldiers")
                    .contains("off by about 20x too high"));
    assertThat(claim.centre() / source.centre()).isCloseTo(22.4, within(0.5));
  }

  @Test
  void figures_within_the_tolerance_or_in_other_units_are_not_flagged() {
    Quantity claim = only("Defence spending is 6.3% of GDP.");
    assertThat(Quantities.disagreement(claim, only("defence at 6.1 percent"), 0.05)).isEmpty();
    assertThat(Quantities.disagreement(claim, only("spending of 4.1%"), 0.05))
        .hasValueSatisfying(m -> assertThat(m).contains("off by 54% too high"));
    assertThat(Quantities.disagreement(claim, only("over 35 years"), 0.05)).isEmpty();
    Quantity range = only("180,000-220,000 soldiers");
    assertThat(Quantities.disagreement(only("about 200,000 troops"), range, 0.1)).isEmpty();
  }
}
