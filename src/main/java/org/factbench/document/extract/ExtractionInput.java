package org.factbench.document.extract;

/**
 * What an extractor reads: the bytes of a binary format, or the decoded text of a textual one.
 *
 * @param type what the content was recognised as
 * @param bytes the uploaded bytes of a ZIP archive or PDF, else {@code null}
 * @param text the decoded text of plain text, Markdown (both already normalised) or HTML, else
 *     {@code null}
 */
record ExtractionInput(DetectedType type, byte[] bytes, String text) {

  static ExtractionInput ofBytes(DetectedType type, byte[] bytes) {
    return new ExtractionInput(type, bytes, null);
  }

  static ExtractionInput ofText(DetectedType type, String text) {
    return new ExtractionInput(type, null, text);
  }
}
