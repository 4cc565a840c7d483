package org.factbench.base;

/**
 * An entry of the side navigation inside the current workspace. Features declare these as beans;
 * the path has a {@code {workspaceId}} placeholder, so the layout needs to know no feature's view
 * classes. The title is a key of the feature's bundle, shown in the user's language.
 */
public record WorkspaceNavItem(double order, String titleKey, String icon, String pathTemplate) {

  /** An entry whose title is the text of {@code titleKey} in the user's language. */
  public static WorkspaceNavItem keyed(
      double order, String titleKey, String icon, String pathTemplate) {
    return new WorkspaceNavItem(order, titleKey, icon, pathTemplate);
  }

  public String path(long workspaceId) {
    return pathTemplate.replace("{workspaceId}", Long.toString(workspaceId));
  }
}
