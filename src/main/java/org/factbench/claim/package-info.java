/**
 * Claims anchored in documents, the rating scale, sources (evidence), notes, the review workflow,
 * similar claims and "same claim as" links, figure checks, and the annotator's server side.
 */
package org.factbench.claim;
