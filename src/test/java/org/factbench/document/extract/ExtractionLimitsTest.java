package org.factbench.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExtractionLimitsTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(ExtractionConfiguration.class);

  @Test
  void the_defaults_are_10_mb_2_million_characters_2000_pages_and_20_seconds() {
    ExtractionLimits limits = ExtractionLimits.defaults();

    assertThat(limits.maxBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(limits.maxBytesText()).isEqualTo("10 MB");
    assertThat(limits.maxChars()).isEqualTo(2_000_000);
    assertThat(limits.maxPages()).isEqualTo(2_000);
    assertThat(limits.timeBudget()).isEqualTo(Duration.ofSeconds(20));
    assertThat(limits.maxUnpackedDocumentBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(limits.maxUnpackedTotalBytes()).isEqualTo(144L * 1024 * 1024);
    assertThat(new TextExtractor(10L * 1024 * 1024, 2_000_000).limits()).isEqualTo(limits);
  }

  @Test
  void the_application_builds_the_defaults_without_configuration() {
    context.run(
        app ->
            assertThat(app.getBean(ExtractionLimits.class)).isEqualTo(ExtractionLimits.defaults()));
  }

  @Test
  void the_application_reads_every_limit_from_its_configuration() {
    context
        .withPropertyValues(
            "factbench.import.max-bytes=5242880",
            "factbench.import.max-chars=500000",
            "factbench.import.max-pages=300",
            "factbench.import.time-budget=1500ms")
        .run(
            app -> {
              ExtractionLimits limits = app.getBean(ExtractionLimits.class);
              assertThat(limits.maxBytes()).isEqualTo(5L * 1024 * 1024);
              assertThat(limits.maxBytesText()).isEqualTo("5 MB");
              assertThat(limits.maxChars()).isEqualTo(500_000);
              assertThat(limits.maxPages()).isEqualTo(300);
              assertThat(limits.timeBudget()).isEqualTo(Duration.ofMillis(1500));
            });
    context
        .withPropertyValues("factbench.import.time-budget=PT1M")
        .run(
            app ->
                assertThat(app.getBean(ExtractionLimits.class).timeBudget())
                    .isEqualTo(Duration.ofMinutes(1)));
  }

  @Test
  void a_limit_that_is_not_positive_is_refused() {
    assertThatThrownBy(() -> ExtractionLimits.defaults().withMaxPages(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtractionLimits.defaults().withTimeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextExtractor(0, 1_000))
        .isInstanceOf(IllegalArgumentException.class);
    context
        .withPropertyValues("factbench.import.max-pages=-1")
        .run(app -> assertThat(app).hasFailed());
  }
}
