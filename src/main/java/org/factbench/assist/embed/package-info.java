/**
 * Sentence embeddings on the CPU with a model shipped inside a jar (decision record 0012); used by
 * the matching module.
 */
@org.springframework.modulith.NamedInterface("embed")
package org.factbench.assist.embed;
