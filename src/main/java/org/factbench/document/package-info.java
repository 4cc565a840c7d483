/**
 * Sources to check: import and text extraction, the immutable stored text, transcript time marks.
 */
package org.factbench.document;
