package org.factbench.document;

import java.util.List;
import org.factbench.base.ValidationFailedException;

/**
 * A sentence of a document suggested for checking: its span, its check-worthiness score (0 to 1)
 * with the reasons that raised or lowered it, what an editor decided, and in a transcript who said
 * it.
 */
public record Suggestion(
    long id,
    long documentId,
    int start,
    int end,
    String sentence,
    double score,
    List<String> reasons,
    State state,
    Long claimId,
    String speaker) {

  /** What became of a suggestion. */
  public enum State {
    OPEN,
    DISMISSED,
    ACCEPTED
  }

  /** A span of the document's text. */
  public record Part(int start, int end, String quote) {}

  /**
   * The words of the sentence that make the claim, as a span of the document: {@code words} must
   * stand in the sentence exactly as in the text.
   */
  public Part part(String words) {
    String wanted = words == null ? "" : words.strip();
    int at = wanted.isEmpty() ? -1 : sentence.indexOf(wanted);
    if (at < 0) {
      throw new ValidationFailedException(
          "span", "The span must be words of the suggested sentence, exactly as in the text.");
    }
    return new Part(start + at, start + at + wanted.length(), wanted);
  }
}
