package org.factbench.document.extract;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the application's {@link ExtractionLimits} from its configuration, so that the importer
 * and the import dialog read the same limits:
 *
 * <ul>
 *   <li>{@code factbench.import.max-bytes}: the largest upload in bytes (10 MB)
 *   <li>{@code factbench.import.max-chars}: the most characters of text (2,000,000)
 *   <li>{@code factbench.import.max-pages}: the most pages of a PDF (2,000)
 *   <li>{@code factbench.import.time-budget}: the longest one extraction may take ({@code 20s};
 *       {@code 500ms}, {@code 1m} or ISO-8601 {@code PT20S} work too)
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

  @Bean
  ExtractionLimits extractionLimits(
      @Value("${factbench.import.max-bytes:10485760}") long maxBytes,
      @Value("${factbench.import.max-chars:2000000}") int maxChars,
      @Value("${factbench.import.max-pages:2000}") int maxPages,
      @Value("${factbench.import.time-budget:20s}") String timeBudget) {
    return ExtractionLimits.of(
        maxBytes, maxChars, maxPages, DurationStyle.detectAndParse(timeBudget.strip()));
  }
}
