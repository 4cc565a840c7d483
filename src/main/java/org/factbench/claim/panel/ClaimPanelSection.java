package org.factbench.claim.panel;

/**
 * A kind of section of the claim panel, as a Spring bean: the claim module's own (sources, notes,
 * history, links) and those of modules above it (the review workflow, similar claims). The panel
 * asks each for a {@link PanelPart} of its own and places them by {@link #order()}.
 */
public interface ClaimPanelSection {

  /** Sections ordered below this stand above the claim's form. */
  int FORM = 30;

  /** Where the section stands: above the form when below {@link #FORM}, else below it. */
  int order();

  /** The section of one panel. */
  PanelPart create(PanelContext context);
}
