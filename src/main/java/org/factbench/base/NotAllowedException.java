package org.factbench.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access denied for a reason the user should read, such as the four-eyes rule ("you proposed this
 * verdict"); a plain {@link AccessDeniedException} says only that the role does not allow it.
 */
public class NotAllowedException extends AccessDeniedException {

  public NotAllowedException(String message) {
    super(message);
  }
}
