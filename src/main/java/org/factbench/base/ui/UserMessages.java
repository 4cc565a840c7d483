package org.factbench.base.ui;

import org.factbench.base.NotFoundException;
import org.factbench.base.StorageFailures;
import org.factbench.base.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The words a user reads when an action fails: what happened and what to do, never a stack trace.
 */
public final class UserMessages {

  private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

  private UserMessages() {}

  /** The words a user reads for an exception. */
  public static String of(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ValidationFailedException v) {
        return v.getMessage();
      }
      if (c instanceof NotFoundException nf) {
        return nf.getMessage();
      }
      if (c instanceof org.factbench.base.NotAllowedException na) {
        return na.getMessage();
      }
      if (c instanceof AccessDeniedException) {
        return Messages.t("base.error.not-allowed");
      }
      if (c instanceof OptimisticLockingFailureException) {
        return Messages.t("base.error.changed-meanwhile");
      }
      if (StorageFailures.isUnavailable(c)) {
        log.warn("Storage unavailable: {}", t.toString());
        return Messages.t("base.error.storage-unavailable");
      }
    }
    log.error("Unexpected error in the UI", t);
    return Messages.t("base.error.unexpected");
  }
}
