package org.factbench.dependencyfixture.c;

/** A module without a package-info: it declares no allowed dependencies. */
public class C {}
