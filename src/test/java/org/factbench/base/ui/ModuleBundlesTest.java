package org.factbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The provider merges one bundle per module and answers every key, found or not. */
class ModuleBundlesTest {

  @TempDir Path dir;

  private ModuleBundles bundles() {
    return new ModuleBundles(dir.toUri() + "*.properties");
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  @Test
  void the_bundles_of_all_modules_answer_together_in_utf_8() throws IOException {
    write("claim.properties", "claim.panel.title=Claim #{0} \u00b7 \u201cquoted\u201d\n");
    write("review.properties", "review.queue.title=Review queue\n");
    ModuleBundles b = bundles();
    assertThat(b.getTranslation("review.queue.title", Locale.ENGLISH)).isEqualTo("Review queue");
    assertThat(b.getTranslation("claim.panel.title", Locale.ENGLISH, "12"))
        .isEqualTo("Claim #12 \u00b7 \u201cquoted\u201d");
    assertThat(b.getProvidedLocales()).containsExactly(Locale.ENGLISH);
  }

  @Test
  void a_text_without_parameters_is_shown_as_written_and_with_them_it_is_a_pattern()
      throws IOException {
    write("claim.properties", "claim.a.plain=The claim's figure {0}\nclaim.a.pattern=It''s {0}\n");
    ModuleBundles b = bundles();
    assertThat(b.getTranslation("claim.a.plain", Locale.ENGLISH))
        .isEqualTo("The claim's figure {0}");
    assertThat(b.getTranslation("claim.a.pattern", Locale.ENGLISH, "done")).isEqualTo("It's done");
  }

  @Test
  void a_translation_overrides_english_key_by_key_and_a_country_overrides_its_language()
      throws IOException {
    write("claim.properties", "claim.a.save=Save\nclaim.a.cancel=Cancel\nclaim.a.colour=Colour\n");
    write("claim_fi.properties", "claim.a.save=Tallenna\nclaim.a.colour=V\u00e4ri\n");
    write("claim_fi_AX.properties", "claim.a.colour=F\u00e4rg\n");
    ModuleBundles b = bundles();
    Locale finnish = Locale.of("fi");
    assertThat(b.getTranslation("claim.a.save", finnish)).isEqualTo("Tallenna");
    assertThat(b.getTranslation("claim.a.cancel", finnish)).isEqualTo("Cancel");
    assertThat(b.getTranslation("claim.a.colour", finnish)).isEqualTo("V\u00e4ri");
    assertThat(b.getTranslation("claim.a.colour", Locale.of("fi", "AX"))).isEqualTo("F\u00e4rg");
    assertThat(b.getTranslation("claim.a.save", Locale.ENGLISH)).isEqualTo("Save");
    assertThat(b.getTranslation("claim.a.save", null)).isEqualTo("Save");
  }

  @Test
  void a_missing_key_shows_as_a_marker_and_is_logged_once() throws IOException {
    write("claim.properties", "claim.a.save=Save\n");
    Logger logger = (Logger) LoggerFactory.getLogger(ModuleBundles.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      ModuleBundles b = bundles();
      assertThat(b.getTranslation("claim.a.gone", Locale.ENGLISH)).isEqualTo("!claim.a.gone!");
      assertThat(b.getTranslation("claim.a.gone", Locale.ENGLISH, "x")).isEqualTo("!claim.a.gone!");
      List<String> warnings = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.getFirst()).contains("claim.a.gone");
    } finally {
      logger.detachAppender(logged);
    }
  }

  @Test
  void a_key_in_two_bundles_is_refused_when_the_bundles_are_read() throws IOException {
    write("claim.properties", "claim.a.save=Save\n");
    write("review.properties", "claim.a.save=Save too\n");
    assertThatThrownBy(this::bundles)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("claim.a.save");
  }
}
