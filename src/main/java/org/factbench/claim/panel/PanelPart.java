package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import org.factbench.claim.ClaimDetail;

/** One section of one claim panel: it draws the claim, and draws it again when it changes. */
public interface PanelPart {

  /** The section for {@code claim}; called again, for a fresh component, when the claim changes. */
  Component render(ClaimDetail claim);

  /**
   * Whether the section has inputs of its own (a note being written, a source being added): while
   * the user has typed into the panel, a live update leaves such sections as they are.
   */
  default boolean holdsInput() {
    return false;
  }
}
