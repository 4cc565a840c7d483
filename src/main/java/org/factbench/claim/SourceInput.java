package org.factbench.claim;

import java.time.LocalDate;

/**
 * What an editor enters for a source. {@code figure} is the value or range the source gives for
 * what the claim counts ("180,000-220,000", "6.3% of GDP"), as of {@code figureAsOf}; both are
 * optional.
 */
public record SourceInput(
    String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    LocalDate accessedOn,
    String passage,
    Stance stance,
    String reliabilityNote,
    String figure,
    LocalDate figureAsOf) {

  public SourceInput {
    url = url == null ? "" : url.strip();
    title = title == null ? "" : title.strip();
    publisher = publisher == null ? "" : publisher.strip();
    passage = passage == null ? "" : passage.strip();
    reliabilityNote = reliabilityNote == null ? "" : reliabilityNote.strip();
    figure = figure == null ? "" : figure.strip();
  }

  /** A source without a reference figure. */
  public SourceInput(
      String url,
      String title,
      String publisher,
      LocalDate publishedOn,
      LocalDate accessedOn,
      String passage,
      Stance stance,
      String reliabilityNote) {
    this(
        url, title, publisher, publishedOn, accessedOn, passage, stance, reliabilityNote, "", null);
  }
}
