package org.factbench.assist;

import java.util.Objects;

/**
 * A sentence from the training debates whose label explains the learned part of a score: one that
 * fact-checkers chose to check ({@code checked}) or one they passed over, where it comes from
 * ({@code source}: dataset and debate), and how alike in meaning it is to the sentence explained
 * ({@code similarity}: the cosine of their sentence vectors; 0 when not compared).
 */
public record LabelledExample(String text, boolean checked, String source, double similarity) {

  public LabelledExample {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** The same example with its similarity to a sentence. */
  LabelledExample at(double similarity) {
    return new LabelledExample(text, checked, source, similarity);
  }
}
