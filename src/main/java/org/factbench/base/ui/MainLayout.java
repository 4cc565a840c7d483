package org.factbench.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.factbench.base.Principal;
import org.factbench.base.WorkspaceNavItem;

/**
 * The frame around every signed-in view: side navigation built from the views' {@code @Menu}
 * entries (only those the user may open), the signed-in user with their roles, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final AuthenticationContext auth;
  private final SideNav nav = new SideNav();
  private final Div workspaceNav = new Div();
  private final java.util.List<WorkspaceNavItem> workspaceItems;
  private final Span viewTitle = new Span();
  private final Span brandName = new Span();
  private final Div userPanel = new Div();
  private java.util.Locale builtIn;
  private CurrentWorkspace.Entry navWorkspace;

  public MainLayout(AuthenticationContext auth) {
    this.auth = auth;
    this.workspaceItems = workspaceItems();
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), title());
    Div brand = new Div(brandName);
    brand.addClassName("fb-brand");
    nav.addClassName("fb-nav");
    workspaceNav.addClassName("fb-nav");
    userPanel.addClassName("fb-user");
    addToDrawer(brand, new Scroller(new Div(nav, workspaceNav)), userPanel);
  }

  /** The views marked {@link WorkspaceMenu}, as entries with a {@code {workspaceId}} path. */
  private static java.util.List<WorkspaceNavItem> workspaceItems() {
    return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
        .filter(r -> r.getNavigationTarget().isAnnotationPresent(WorkspaceMenu.class))
        .map(
            r -> {
              WorkspaceMenu menu = r.getNavigationTarget().getAnnotation(WorkspaceMenu.class);
              return new WorkspaceNavItem(
                  menu.order(), menu.title(), menu.icon(), pathTemplate(r.getTemplate()));
            })
        .toList();
  }

  /**
   * A route's template as a path with a {@code {workspaceId}} placeholder: {@code
   * workspaces/:workspaceId/claims/:claimId?} is {@code workspaces/{workspaceId}/claims}.
   */
  static String pathTemplate(String routeTemplate) {
    return java.util.Arrays.stream(routeTemplate.split("/"))
        .filter(part -> !(part.startsWith(":") && part.endsWith("?")))
        .map(part -> part.equals(":workspaceId") ? "{workspaceId}" : part)
        .collect(java.util.stream.Collectors.joining("/"));
  }

  private Span title() {
    viewTitle.addClassName("fb-view-title");
    viewTitle.setId("view-title");
    return viewTitle;
  }

  /**
   * Builds the menus and the user's panel the first time (and again when the UI's language
   * changed), and the workspace's section when the workspace changes: a navigation inside one
   * workspace sends nothing for them (the load test found the rebuild on every navigation among the
   * costliest steps).
   */
  private void buildNav() {
    if (!Messages.locale().equals(builtIn)) {
      builtIn = Messages.locale();
      navWorkspace = null;
      brandName.setText(Messages.t("base.layout.brand"));
      fillUserPanel();
      nav.removeAll();
      MenuConfiguration.getMenuEntries()
          .forEach(
              entry -> {
                SideNavItem item = new SideNavItem(Messages.t(entry.title()), entry.path());
                if (entry.icon() != null && !entry.icon().isBlank()) {
                  item.setPrefixComponent(new Icon(entry.icon()));
                }
                item.setMatchNested(true);
                nav.addItem(item);
              });
    }
    CurrentWorkspace.get()
        .filter(ws -> !ws.equals(navWorkspace))
        .ifPresent(
            ws -> {
              navWorkspace = ws;
              SideNav section = new SideNav(ws.name());
              section.setCollapsible(true);
              section.setId("workspace-nav");
              workspaceItems.stream()
                  .sorted(java.util.Comparator.comparingDouble(WorkspaceNavItem::order))
                  .forEach(
                      item -> {
                        SideNavItem entry =
                            new SideNavItem(Messages.t(item.titleKey()), item.path(ws.id()));
                        entry.setPrefixComponent(new Icon(item.icon()));
                        section.addItem(entry);
                      });
              workspaceNav.removeAll();
              workspaceNav.add(section);
            });
  }

  private void fillUserPanel() {
    userPanel.removeAll();
    auth.getAuthenticatedUser(Principal.class)
        .ifPresent(
            user -> {
              Span name = new Span(user.getDisplayName());
              name.addClassName("fb-user-name");
              name.setId("signed-in-user");
              Span roles = new Span(Messages.t(user.getRoleKey()));
              roles.addClassName("fb-user-roles");
              Button signOut = new Button(Messages.t("base.layout.sign-out"), e -> auth.logout());
              signOut.setId("sign-out");
              signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
              HorizontalLayout row = new HorizontalLayout(new Div(name, roles), signOut);
              row.setAlignItems(FlexComponent.Alignment.CENTER);
              row.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
              row.setWidthFull();
              userPanel.add(row);
            });
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    buildNav();
    viewTitle.setText(Messages.pageName(MenuConfiguration.getPageHeader(getContent()).orElse("")));
  }
}
