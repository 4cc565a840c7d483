/**
 * Re-anchoring: where a claim's quote went when its document's text was replaced by a new version
 * (kept, moved, fuzzy or orphaned). Pure text algorithms, no persistence.
 */
@org.springframework.modulith.NamedInterface("anchor")
package org.factbench.document.anchor;
