/**
 * Claims anchored in documents, the rating scale, sources (evidence), notes, and the annotator's
 * server side.
 */
package org.factbench.claim;
