package org.factbench.assist.retrieval;

/**
 * A text that can be found: a claim of a workspace or a verified claim of a reference collection.
 *
 * @param id the caller's id (a claim's id, a reference item's id); unique within one index
 * @param text the claim as stated
 * @param title an optional headline (a fact-check article's title), or empty
 */
public record Passage(long id, String text, String title) {

  public Passage {
    text = text == null ? "" : text;
    title = title == null ? "" : title;
  }

  public Passage(long id, String text) {
    this(id, text, "");
  }
}
