package org.factbench.document.extract;

import java.io.Serial;

/** Refuses a file or pasted text with a message meant to be shown to the user as it is. */
public class ImportRefusedException extends org.factbench.base.ValidationFailedException {

  @Serial private static final long serialVersionUID = 1L;

  /** Why an import was refused, in the broad terms an HTTP status needs. */
  public enum Reason {
    /** The file or text is larger than the limits allow. */
    TOO_LARGE,
    /** The file is not one of the document types Factbench reads. */
    NOT_A_DOCUMENT,
    /** A readable type, but this content cannot be used: empty, damaged, badly encoded. */
    UNUSABLE
  }

  private final Reason reason;

  /**
   * Creates the refusal of content that cannot be used.
   *
   * @param userMessage a clear sentence or two saying what is wrong and what to do about it
   */
  public ImportRefusedException(String userMessage) {
    this(Reason.UNUSABLE, userMessage);
  }

  /**
   * Creates the refusal.
   *
   * @param reason why, broadly
   * @param userMessage a clear sentence or two saying what is wrong and what to do about it
   */
  public ImportRefusedException(Reason reason, String userMessage) {
    super("file", userMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
