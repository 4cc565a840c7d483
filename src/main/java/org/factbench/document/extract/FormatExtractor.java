package org.factbench.document.extract;

/**
 * Reads the text out of one format. {@link TextExtractor} recognises the format and hands the
 * content to the first extractor that accepts it.
 */
interface FormatExtractor {

  /** Whether this extractor reads content recognised as {@code type}. */
  boolean accepts(DetectedType type);

  /**
   * Extracts the text, within the run's limits and time budget.
   *
   * @param input the content, as bytes or decoded text depending on the format
   * @param run the limits, the clock, and the last steps shared by every format
   * @return the normalised text with its format, title and timecodes
   * @throws ImportRefusedException with a message for the user if the content cannot be used
   */
  ExtractedText extract(ExtractionInput input, ExtractionRun run);
}
