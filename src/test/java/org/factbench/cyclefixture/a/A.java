package org.factbench.cyclefixture.a;

/** Depends on module b. */
public class A {
  public org.factbench.cyclefixture.b.B b;
}
