package org.factbench.dependencyfixture.a;

/** Uses module b, which module a does not allow itself. */
public class A {
  public org.factbench.dependencyfixture.b.B b;
}
