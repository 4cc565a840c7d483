package org.factbench.base;

/** A user's input broke a rule; the message says which, in words the user can act on. */
public class ValidationFailedException extends RuntimeException {

  private final String field;

  public ValidationFailedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field the rule is about, or {@code null} when it is about the whole request. */
  public String field() {
    return field;
  }
}
