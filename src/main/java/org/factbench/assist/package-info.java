/**
 * Assisted verification, deterministic and explainable, with no dependency on other Factbench
 * modules: figures in claims and sources, sentence splitting, transcript turns, sentence
 * embeddings, and check-worthy sentence suggestions with weights learned from fact-checkers'
 * choices and the contributions behind each score.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Assist",
    allowedDependencies = {})
package org.factbench.assist;
