/**
 * Turns uploaded files and pasted text into normalised plain text, refusing what cannot be read.
 */
package org.factbench.document.extract;
