/**
 * Claim matching's retrieval core: BM25 (Lucene), vector indexes and the learned fusion with
 * explanations (decision record 0012); used by the matching module.
 */
@org.springframework.modulith.NamedInterface("retrieval")
package org.factbench.assist.retrieval;
