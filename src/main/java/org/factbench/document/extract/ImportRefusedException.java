package org.factbench.document.extract;

import java.io.Serial;

/** Refuses a file or pasted text with a message meant to be shown to the user as it is. */
public class ImportRefusedException extends org.factbench.base.ValidationFailedException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param userMessage a clear sentence or two saying what is wrong and what to do about it
   */
  public ImportRefusedException(String userMessage) {
    super("file", userMessage);
  }
}
