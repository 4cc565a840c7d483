package org.factbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * A row of components that wraps onto more lines where the window is too narrow for it (filters,
 * buttons, cards), with one of Lumo's spaces ({@code xs}, {@code s}, {@code m}, {@code l}) between
 * them.
 */
public class WrappingRow extends FlexLayout {

  /** A row of {@code children} with the Lumo space {@code space} between them. */
  public WrappingRow(String space, Component... children) {
    super(children);
    setFlexWrap(FlexWrap.WRAP);
    getStyle().set("gap", "var(--lumo-space-" + space + ")");
  }
}
