/**
 * The reading view with the annotator, the claims grid, and the claim panel (verdict, sources,
 * notes, history).
 */
package org.factbench.claim.ui;
