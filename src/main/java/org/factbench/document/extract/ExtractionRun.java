package org.factbench.document.extract;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.factbench.document.extract.ImportRefusedException.Reason;

/**
 * One extraction under way: its limits, the time it started, and the last steps every format
 * shares. Extractors call {@link #checkTime()} between steps and {@link #tick()} in loops, so that
 * no file can keep a thread busy for longer than the time budget.
 */
final class ExtractionRun {

  /** How many {@link #tick()} calls go by between two looks at the clock. */
  private static final int TICKS_PER_CHECK = 256;

  private static final long MAX_BUDGET_NANOS = Duration.ofDays(365).toNanos();

  private final ExtractionLimits limits;
  private final LongSupplier nanoTime;
  private final String what;
  private final long start;
  private final long budgetNanos;
  private int ticks;

  /**
   * Starts the clock.
   *
   * @param limits the limits of this extraction
   * @param nanoTime the clock, {@link System#nanoTime()} but in tests
   * @param what what is read, for the user: "the file" or "the pasted text"
   */
  ExtractionRun(ExtractionLimits limits, LongSupplier nanoTime, String what) {
    this.limits = limits;
    this.nanoTime = nanoTime;
    this.what = what;
    this.budgetNanos =
        limits.timeBudget().compareTo(Duration.ofNanos(MAX_BUDGET_NANOS)) > 0
            ? MAX_BUDGET_NANOS
            : limits.timeBudget().toNanos();
    this.start = nanoTime.getAsLong();
  }

  ExtractionLimits limits() {
    return limits;
  }

  /**
   * Refuses the extraction if it has taken longer than its time budget.
   *
   * @throws ImportRefusedException if the budget is spent
   */
  void checkTime() {
    if (nanoTime.getAsLong() - start > budgetNanos) {
      throw new ImportRefusedException(
          Reason.TOO_LARGE,
          "Reading "
              + what
              + " took longer than the "
              + Texts.formatDuration(limits.timeBudget())
              + " Factbench allows for one document, so it was stopped. Split the document into"
              + " smaller parts and import them one by one, or save it again in a simpler form"
              + " (plain text, .docx or a new PDF) and upload that.");
    }
  }

  /** Counts one step of a loop and checks the time every few hundred steps. */
  void tick() {
    if (++ticks >= TICKS_PER_CHECK) {
      ticks = 0;
      checkTime();
    }
  }

  /**
   * The text as a reader that counts every read as a {@link #tick()}, for parsers that cannot be
   * stopped otherwise: their work between two reads is bounded, so the time budget reaches them.
   */
  Reader timedReader(String text) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public int read() throws IOException {
        tick();
        return super.read();
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        tick();
        return super.read(buffer, offset, length);
      }
    };
  }

  /** The refusal of text with more characters than allowed. */
  ImportRefusedException tooManyChars(String count) {
    return new ImportRefusedException(
        Reason.TOO_LARGE, Texts.tooManyCharsMessage(count, limits.maxChars()));
  }

  /**
   * Normalises the raw text and checks it, the last step of every format.
   *
   * @param raw the text as the format gave it
   * @param format the media type it was read as
   * @param title the title from the format's metadata or first heading, or {@code null}
   * @param fromPdf whether the text came out of a PDF, which changes the message for no text
   * @return the extracted text with its cleaned title and its timecodes
   * @throws ImportRefusedException if no text shows, there is too much, or time ran out
   */
  ExtractedText finish(String raw, String format, String title, boolean fromPdf) {
    checkTime();
    String text = Texts.normalise(raw);
    checkTime();
    if (!Texts.hasVisibleText(text)) {
      throw new ImportRefusedException(Texts.emptyMessage(fromPdf));
    }
    if (text.length() > limits.maxChars()) {
      throw tooManyChars(Texts.group(text.length()));
    }
    ExtractedText extracted =
        new ExtractedText(text, format, Texts.cleanTitle(title), Timecodes.find(text));
    checkTime();
    return extracted;
  }
}
