package org.factbench.document.extract;

/** What an upload or a paste was recognised as, by its content; it decides the extractor. */
enum DetectedType {
  /** Text that is neither HTML nor Markdown. */
  PLAIN_TEXT,
  /** Text named {@code .md} or {@code .markdown}, or with Markdown headings or code fences. */
  MARKDOWN,
  /** Text that starts like HTML. */
  HTML,
  /** A ZIP archive, which may be a Word document (.docx). */
  ZIP,
  /** A PDF. */
  PDF
}
