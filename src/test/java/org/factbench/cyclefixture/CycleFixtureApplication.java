package org.factbench.cyclefixture;

/**
 * The root of two modules that depend on each other, to prove the architecture test sees cycles.
 */
@org.springframework.modulith.Modulithic
public class CycleFixtureApplication {}
