package org.factbench.base;

/**
 * An entry of the side navigation inside the current workspace. Features declare these as beans;
 * the path has a {@code {workspaceId}} placeholder, so the layout needs to know no feature's view
 * classes. The title is a key of the feature's bundle ({@link #keyed}), or, for a feature whose
 * words are not in a bundle yet, the text itself.
 */
public record WorkspaceNavItem(
    double order, String title, String icon, String pathTemplate, boolean titleIsKey) {

  /** An entry whose title is shown as written. */
  public WorkspaceNavItem(double order, String title, String icon, String pathTemplate) {
    this(order, title, icon, pathTemplate, false);
  }

  /** An entry whose title is the text of {@code titleKey} in the user's language. */
  public static WorkspaceNavItem keyed(
      double order, String titleKey, String icon, String pathTemplate) {
    return new WorkspaceNavItem(order, titleKey, icon, pathTemplate, true);
  }

  public String path(long workspaceId) {
    return pathTemplate.replace("{workspaceId}", Long.toString(workspaceId));
  }
}
