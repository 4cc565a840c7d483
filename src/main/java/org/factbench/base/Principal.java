package org.factbench.base;

/**
 * What the main layout shows of the signed-in person; the security feature's user implements it.
 */
public interface Principal {

  String getUsername();

  String getDisplayName();

  /** The user's highest role, as a label ("Editor"). */
  String getRoleLabel();
}
