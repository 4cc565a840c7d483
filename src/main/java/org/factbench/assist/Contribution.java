package org.factbench.assist;

import java.util.Locale;
import java.util.Objects;

/**
 * What one feature adds to a sentence's check-worthiness on the logit (log-odds) scale: {@code
 * feature} is its key in the weights file ("percentage", or "baseline" for the intercept), {@code
 * label} names what was found ("percentage: 6.3%"), {@code value} is the signed contribution.
 */
public record Contribution(String feature, String label, double value) {

  /** The feature key of the intercept, which every sentence gets. */
  public static final String BASELINE = "baseline";

  public Contribution {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("contribution not finite: " + value);
    }
  }

  /** Whether this is the intercept rather than evidence found in the sentence. */
  public boolean baseline() {
    return feature.equals(BASELINE);
  }

  /** The label and the signed value to one decimal: "percentage: 6.3% +1.4", "question −2.1". */
  public String reason() {
    String number = String.format(Locale.ROOT, "%.1f", Math.abs(value));
    return label + " " + (value < 0 ? "\u2212" : "+") + number;
  }
}
