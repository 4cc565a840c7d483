/**
 * The claim panel: a claim's detail as sections (its form, sources, notes, history and the same
 * claim elsewhere), and the slots other modules fill with sections of their own (the review
 * workflow, similar claims). Other modules see the panel, its factory and the section interfaces.
 */
@org.springframework.modulith.NamedInterface("panel")
package org.factbench.claim.panel;
