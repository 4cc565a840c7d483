package org.factbench.assist;

import java.util.Locale;

/**
 * The named features that version 3 of check-worthiness adds to the cues of {@link Feature}: names
 * and events found with a part-of-speech tagger, quantities in words, and where the sentence stands
 * in its document (what comes before and after it, how much its speaker says). Each has its key in
 * the model file and the words its reasons start with. Most are 0 or 1 per sentence; {@link
 * #SPEAKER_SHARE} is the speaker's share of the document's sentences.
 */
enum Signal {
  NAME("name"),
  SEVERAL_NAMES("several names"),
  EVENT_VERB("event"),
  PAST_TENSE("past tense"),
  QUANTITY_WORDS("quantity in words"),
  AFTER_QUESTION("answers a question"),
  NEAR_FIGURES("next to figures"),
  SPEAKER_SHARE("speaker's share");

  private final String label;

  Signal(String label) {
    this.label = label;
  }

  /** The key in the model file: "several_names", "speaker_share". */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words a reason starts with. */
  String label() {
    return label;
  }
}
