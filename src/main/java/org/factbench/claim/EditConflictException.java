package org.factbench.claim;

/**
 * A save was refused because someone else saved the claim after the user loaded it. It carries the
 * claim as it is now, so the user can compare, reload or reapply; nothing of either edit is lost.
 */
public class EditConflictException
    extends org.springframework.dao.OptimisticLockingFailureException {

  private final transient ClaimDetail current;

  public EditConflictException(ClaimDetail current) {
    super(
        "Someone else saved this claim after you opened it (now version "
            + current.version()
            + "). Compare, then reload or reapply your change.");
    this.current = current;
  }

  public ClaimDetail current() {
    return current;
  }
}
