/**
 * The claim's side of the review workflow, for the review module only: the claim's review state and
 * the writes that move it.
 */
@org.springframework.modulith.NamedInterface("workflow")
package org.factbench.claim.workflow;
