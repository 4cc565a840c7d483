/**
 * Sources to check: import and text extraction, the immutable stored text, transcript time marks,
 * and the check-worthy sentences suggested in them.
 */
package org.factbench.document;
