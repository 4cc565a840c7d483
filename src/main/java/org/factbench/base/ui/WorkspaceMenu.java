package org.factbench.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entry of the side navigation inside the current workspace, on the view it opens, as
 * {@code @Menu} is for the entries above the workspaces: the view's route names the workspace
 * ({@code :workspaceId}), its optional parameters are left out, and the main layout finds the
 * entries among the routes, so it needs to know no feature's view classes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WorkspaceMenu {

  /** The entry's title: a key of the feature's bundle, shown in the user's language. */
  String title();

  /** Where the entry stands, lowest first. */
  double order();

  /** The entry's icon, as {@code vaadin:name}. */
  String icon();
}
