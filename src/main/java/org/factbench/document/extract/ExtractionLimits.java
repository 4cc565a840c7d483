package org.factbench.document.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Every limit on reading one uploaded file or one paste, in one place. The application builds them
 * from {@code factbench.import.*} (see {@code ExtractionConfiguration}); the import dialog reads
 * {@link #maxBytes()} and {@link #maxBytesText()} to tell users the largest file they may upload.
 *
 * @param maxBytes the largest upload in bytes that is looked at all
 * @param maxChars the most characters the extracted, normalised text may have
 * @param maxPages the most pages a PDF may have
 * @param timeBudget the longest one extraction may take, whatever the format
 * @param maxUnpackedDocumentBytes how far the main part of a Word document may unpack
 * @param maxUnpackedTotalBytes how far all entries of a ZIP archive together may unpack
 * @param maxZipEntries the most entries a ZIP archive (a Word document is one) may hold
 */
public record ExtractionLimits(
    long maxBytes,
    int maxChars,
    int maxPages,
    Duration timeBudget,
    long maxUnpackedDocumentBytes,
    long maxUnpackedTotalBytes,
    int maxZipEntries) {

  /** The largest upload the application accepts: 10 MB (10 × 1024 × 1024 bytes). */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The most characters of extracted text the application accepts. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  /** The most pages of a PDF the application reads. */
  public static final int DEFAULT_MAX_PAGES = 2_000;

  /** The longest one extraction may take. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(20);

  /** The most entries of a ZIP archive; a Word document usually has a few dozen. */
  public static final int DEFAULT_MAX_ZIP_ENTRIES = 10_000;

  private static final long MIB = 1024L * 1024;

  /** Checks that every limit is positive. */
  public ExtractionLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxBytes <= 0
        || maxChars <= 0
        || maxPages <= 0
        || timeBudget.isNegative()
        || timeBudget.isZero()
        || maxUnpackedDocumentBytes <= 0
        || maxUnpackedTotalBytes <= 0
        || maxZipEntries <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * The limits with the unpacking limits of ZIP archives derived from the size limits: the main
   * part of a Word document may unpack to 32 bytes per character allowed (at least 64 MB), and all
   * entries together to that plus 8 times the upload limit (again at least 64 MB).
   */
  public static ExtractionLimits of(
      long maxBytes, int maxChars, int maxPages, Duration timeBudget) {
    long document = Math.max(64 * MIB, 32L * maxChars);
    long total = document + Math.max(64 * MIB, 8 * maxBytes);
    return new ExtractionLimits(
        maxBytes, maxChars, maxPages, timeBudget, document, total, DEFAULT_MAX_ZIP_ENTRIES);
  }

  /** The application's defaults: 10 MB, 2,000,000 characters, 2,000 pages and 20 seconds. */
  public static ExtractionLimits defaults() {
    return of(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES, DEFAULT_TIME_BUDGET);
  }

  /** These limits with another page limit. */
  public ExtractionLimits withMaxPages(int pages) {
    return new ExtractionLimits(
        maxBytes,
        maxChars,
        pages,
        timeBudget,
        maxUnpackedDocumentBytes,
        maxUnpackedTotalBytes,
        maxZipEntries);
  }

  /** These limits with another time budget. */
  public ExtractionLimits withTimeBudget(Duration budget) {
    return new ExtractionLimits(
        maxBytes,
        maxChars,
        maxPages,
        budget,
        maxUnpackedDocumentBytes,
        maxUnpackedTotalBytes,
        maxZipEntries);
  }

  /** The largest upload for people, such as {@code 10 MB}. */
  public String maxBytesText() {
    return Texts.formatSize(maxBytes);
  }
}
