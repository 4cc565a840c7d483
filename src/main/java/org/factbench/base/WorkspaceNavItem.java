package org.factbench.base;

/**
 * An entry of the side navigation inside the current workspace. Features declare these as beans;
 * the path has a {@code {workspaceId}} placeholder, so the layout needs to know no feature's view
 * classes.
 */
public record WorkspaceNavItem(double order, String title, String icon, String pathTemplate) {

  public String path(long workspaceId) {
    return pathTemplate.replace("{workspaceId}", Long.toString(workspaceId));
  }
}
