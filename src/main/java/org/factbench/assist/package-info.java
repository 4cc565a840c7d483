/**
 * Assisted verification, deterministic and explainable, with no dependency on other Factbench
 * modules: figures in claims and sources, sentence splitting, and check-worthy sentence suggestions
 * with the reasons behind each score; claim matching next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist")
package org.factbench.assist;
