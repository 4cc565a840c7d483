package org.factbench.dependencyfixture;

/**
 * The root of three modules that break the architecture's rules on purpose: {@code a} uses {@code
 * b} without declaring it may, and {@code c} declares nothing at all.
 */
@org.springframework.modulith.Modulithic
public class DependencyFixtureApplication {}
