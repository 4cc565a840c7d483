package org.factbench.claim.panel;

import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;

/** Reads and writes time positions as people write them: 0:22, 15:04, 1:07:30. */
final class TimePositions {

  private TimePositions() {}

  static String format(Integer seconds) {
    if (seconds == null) {
      return "";
    }
    int h = seconds / 3600;
    int m = (seconds % 3600) / 60;
    int s = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
  }

  static Integer parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.strip().split(":");
    if (parts.length < 2 || parts.length > 3) {
      throw invalid();
    }
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      int v;
      try {
        v = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw invalid();
      }
      if (v < 0 || (i > 0 && v > 59)) {
        throw invalid();
      }
      total = total * 60 + v;
    }
    return total;
  }

  /** Whether {@code text} is a time position {@link #parse} reads. */
  static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (ValidationFailedException e) {
      return false;
    }
  }

  private static ValidationFailedException invalid() {
    return new ValidationFailedException("timeSeconds", Messages.t("claim.form.time.example"));
  }
}
