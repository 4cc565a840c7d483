package org.factbench.workspace;

import com.vaadin.flow.component.Component;

/**
 * A part of a workspace's overview that another module contributes (the desk dashboard's figures),
 * shown after the workspace's description in {@link #order()}.
 */
public interface OverviewPart {

  /** Where the part goes: lower first. */
  int order();

  /** The part for {@code workspace}, as the signed-in member sees it. */
  Component create(WorkspaceSummary workspace);
}
