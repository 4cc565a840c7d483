/**
 * Assisted verification, deterministic and explainable: numbers in claims and sources today;
 * check-worthy sentences and claim matching next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist")
package org.factbench.assist;
