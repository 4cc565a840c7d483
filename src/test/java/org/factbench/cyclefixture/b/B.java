package org.factbench.cyclefixture.b;

/** Depends on module a, closing the cycle. */
public class B {
  public org.factbench.cyclefixture.a.A a;
}
