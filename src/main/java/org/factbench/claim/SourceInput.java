package org.factbench.claim;

import java.time.LocalDate;

/** What an editor enters for a source. */
public record SourceInput(
    String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    LocalDate accessedOn,
    String passage,
    Stance stance,
    String reliabilityNote) {

  public SourceInput {
    url = url == null ? "" : url.strip();
    title = title == null ? "" : title.strip();
    publisher = publisher == null ? "" : publisher.strip();
    passage = passage == null ? "" : passage.strip();
    reliabilityNote = reliabilityNote == null ? "" : reliabilityNote.strip();
  }
}
