package org.factbench.assist;

import java.util.Locale;

/**
 * A figure found in text: a value or a range ({@code low} = {@code high} for a single value), its
 * unit ("%", "years", "soldiers", or empty), whether it was hedged ("about", "some", "millions"),
 * and the words it came from.
 */
public record Quantity(double low, double high, String unit, boolean approximate, String text) {

  public Quantity {
    if (low > high) {
      double t = low;
      low = high;
      high = t;
    }
    unit = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
  }

  /** The middle of the range, on a logarithmic scale for wide ranges ("millions"). */
  public double centre() {
    return low > 0 && high / low > 2 ? Math.sqrt(low * high) : (low + high) / 2;
  }

  /** Whether the two overlap once each is widened by {@code tolerance} (0.1 = 10%). */
  public boolean agreesWith(Quantity other, double tolerance) {
    double aLow = low * (1 - tolerance);
    double aHigh = high * (1 + tolerance);
    return aLow <= other.high * (1 + tolerance) && other.low * (1 - tolerance) <= aHigh;
  }
}
