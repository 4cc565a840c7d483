package org.factbench.assist;

/** The named features of check-worthiness, each with its key in the weights file and its label. */
enum Feature {
  PERCENTAGE("percentage"),
  MONEY("money"),
  FIGURE("figure"),
  SMALL_NUMBER("small number"),
  DATE("date"),
  COMPARISON("comparison"),
  SUPERLATIVE("superlative"),
  ATTRIBUTION("attribution"),
  QUOTED("quoted words"),
  INSTITUTION("institution"),
  NAMED("named"),
  VOTE_OR_LAW("vote or law"),
  OPINION("opinion"),
  SPECULATION("speculation"),
  FUTURE("future"),
  QUESTION("question"),
  SHORT("short"),
  LONG("long"),
  PROCEDURAL("procedural"),
  AUDIENCE("audience reaction"),
  QUESTIONER("questioner's turn"),
  FIRST_IN_TURN("first sentence of a turn");

  private final String label;

  Feature(String label) {
    this.label = label;
  }

  /** The key in the weights file: "small_number", "vote_or_law". */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The words a reason starts with: "small number", "vote or law". */
  String label() {
    return label;
  }
}
