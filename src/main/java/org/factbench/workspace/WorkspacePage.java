package org.factbench.workspace;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.factbench.base.ui.CurrentWorkspace;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.RouteIds;

/**
 * A page of one workspace, whose route names it ({@code :workspaceId}), as every feature's views
 * enter it: the workspace is read where the user may see it ("not found" otherwise), remembered as
 * the current one for the navigation, and then the page draws itself; its title is the text of a
 * key in the user's language.
 */
public abstract class WorkspacePage extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final WorkspaceService workspaces;
  private final String titleKey;
  private WorkspaceSummary workspace;

  /** A page of a workspace, titled with the text of {@code titleKey}. */
  protected WorkspacePage(WorkspaceService workspaces, String titleKey) {
    this.workspaces = workspaces;
    this.titleKey = titleKey;
    addClassName("fb-view");
  }

  @Override
  public final void beforeEnter(BeforeEnterEvent event) {
    workspace = workspaces.get(RouteIds.id(event, "workspaceId", "The workspace"));
    CurrentWorkspace.set(workspace.id(), workspace.name());
    entered(event);
  }

  /** Draws the page for {@link #workspace()}, which the route has just entered. */
  protected abstract void entered(BeforeEnterEvent event);

  /** The workspace the route named (null before the first navigation). */
  protected WorkspaceSummary workspace() {
    return workspace;
  }

  /** The workspace as the user changed it on this page (renamed it): the navigation shows it. */
  protected void changed(WorkspaceSummary now) {
    workspace = now;
    CurrentWorkspace.set(now.id(), now.name());
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(title());
  }

  /** The page's own title, without the application's: the text of the title key. */
  protected String title() {
    return Messages.t(titleKey);
  }
}
