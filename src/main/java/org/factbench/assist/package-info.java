/**
 * Assisted verification, deterministic and explainable, with no dependency on other Factbench
 * modules: figures in claims and sources, sentence splitting, transcript turns, sentence
 * embeddings, and check-worthy sentence suggestions: a calibrated model learned from fact-checkers'
 * choices over named cues, signals, sentence embeddings and words, with the contributions behind
 * each score and the nearest labelled example.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Assist",
    allowedDependencies = {})
package org.factbench.assist;
