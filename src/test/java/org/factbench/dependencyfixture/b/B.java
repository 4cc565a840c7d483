package org.factbench.dependencyfixture.b;

/** Used by module a. */
public class B {}
