package org.factbench.base;

import java.util.Locale;

/**
 * An enum whose constants have a label in a module's bundle, under the key {@code prefix.name}: the
 * constant's name in lower case with hyphens ({@code READY_FOR_REVIEW} in {@code claim.status} is
 * {@code claim.status.ready-for-review}).
 */
public interface BundleLabel {

  /** The constant's name, as every enum has it. */
  String name();

  /** The part of the key before the constant's name, such as {@code claim.status}. */
  String bundlePrefix();

  /** The key of the label in the module's bundle, for the user interface. */
  default String labelKey() {
    return bundlePrefix() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
