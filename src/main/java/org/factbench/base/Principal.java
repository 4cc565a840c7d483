package org.factbench.base;

/**
 * What the main layout shows of the signed-in person; the security feature's user implements it.
 */
public interface Principal {

  String getUsername();

  String getDisplayName();

  /** The bundle key of the user's highest role's label ("Editor"). */
  String getRoleKey();
}
