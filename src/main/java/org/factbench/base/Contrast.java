package org.factbench.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colour contrast as WCAG 2.2 defines it, for colours written {@code #rrggbb}: the relative
 * luminance of a colour, the contrast ratio of two, and the text colour (black or white) that reads
 * best on a background. Every place that paints text on a verdict's colour asks {@link #textOn};
 * the rating scale refuses a colour on which no text reaches {@link #AA} through {@link
 * #requireReadable}.
 *
 * <p>With black and white to choose from, every opaque colour reaches at least about 4.58:1 (the
 * colour whose contrast with both is equal has a luminance of about 0.179), so AA text is always
 * possible; the check stays for other minimums and keeps the rule in one place.
 */
public final class Contrast {

  /** WCAG 2.2 level AA for normal text (1.4.3): 4.5:1. */
  public static final double AA = 4.5;

  public static final String BLACK = "#000000";
  public static final String WHITE = "#ffffff";

  private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

  private Contrast() {}

  /** Whether {@code colour} is written {@code #rrggbb}. */
  public static boolean isHex(String colour) {
    return colour != null && HEX.matcher(colour).matches();
  }

  /**
   * The relative luminance of {@code colour}: 0 for black, 1 for white (WCAG 2.2, "relative
   * luminance", with sRGB's linear segment below 0.04045).
   */
  public static double luminance(String colour) {
    int[] rgb = rgb(colour);
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  }

  /** The contrast ratio of two colours, from 1 (the same luminance) to 21 (black and white). */
  public static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * The text colour for {@code background}: black or white, whichever contrasts more (white when
   * they tie); {@code null} for no background.
   */
  public static String textOn(String background) {
    if (background == null) {
      return null;
    }
    return ratio(background, WHITE) >= ratio(background, BLACK) ? WHITE : BLACK;
  }

  /** The contrast of {@link #textOn} with {@code background}. */
  public static double bestTextContrast(String background) {
    return ratio(background, textOn(background));
  }

  /**
   * Checks that text in black or white reaches {@code minimum} on {@code background}, and returns
   * the text colour to use.
   *
   * @throws IllegalArgumentException naming the best contrast reached, when it falls short
   */
  public static String requireReadable(String background, double minimum) {
    double best = bestTextContrast(background);
    if (best < minimum) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Text on %s reaches at most %.2f:1 in black or white; it needs %.1f:1.",
              background,
              best,
              minimum));
    }
    return textOn(background);
  }

  /**
   * {@code colour} laid over {@code under} with the given opacity ({@code share} from 0 to 1), as a
   * browser paints a translucent colour: the colour a tint really shows.
   */
  public static String blend(String colour, double share, String under) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("share must be between 0 and 1");
    }
    int[] top = rgb(colour);
    int[] bottom = rgb(under);
    StringBuilder hex = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      long channel = Math.round(share * top[i] + (1 - share) * bottom[i]);
      hex.append(String.format(Locale.ROOT, "%02x", channel));
    }
    return hex.toString();
  }

  private static int[] rgb(String colour) {
    if (!isHex(colour)) {
      throw new IllegalArgumentException("Give the colour as #rrggbb: " + colour);
    }
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
