package org.factbench.base;

/**
 * An entry of the side navigation inside the current workspace, as the main layout reads it from a
 * view's {@code WorkspaceMenu}: the path has a {@code {workspaceId}} placeholder, and the title is
 * a key of the feature's bundle, shown in the user's language.
 */
public record WorkspaceNavItem(double order, String titleKey, String icon, String pathTemplate) {

  public String path(long workspaceId) {
    return pathTemplate.replace("{workspaceId}", Long.toString(workspaceId));
  }
}
