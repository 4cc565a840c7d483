package org.factbench.document.extract;

import java.util.List;
import java.util.Objects;

/**
 * The plain text of an imported document with its detected format, its title if it has one, and the
 * timecodes found at the starts of its lines.
 *
 * @param text normalised plain text, never markup and never blank
 * @param format the media type the text was read as: {@code text/plain}, {@code text/markdown},
 *     {@code text/html}, {@code
 *     application/vnd.openxmlformats-officedocument.wordprocessingml.document} or {@code
 *     application/pdf}
 * @param title the document's title from its metadata or first heading, or {@code null}
 * @param timecodes the timecodes in {@code text}, in order, as found by {@link Timecodes#find}
 */
public record ExtractedText(String text, String format, String title, List<Timecode> timecodes) {

  /** Checks the parts and freezes the list of timecodes. */
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    timecodes = List.copyOf(timecodes);
  }
}
