package org.factbench.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.base.ui.WrappingRow;
import org.factbench.security.Roles;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;

/** Where a signed-in user starts: the workspaces they belong to. */
@Route("")
@Menu(title = "workspace.menu.workspaces", order = 0, icon = "vaadin:folder-open-o")
@PermitAll
class WorkspacesView extends VerticalLayout implements HasDynamicTitle {

  private final WorkspaceService workspaces;
  private final FlexLayout cards = new WrappingRow("m");

  WorkspacesView(WorkspaceService workspaces, AuthenticationContext auth) {
    this.workspaces = workspaces;
    addClassName("fb-view");
    H2 title = new H2(Messages.t("workspace.list.title"));
    HorizontalLayout header = new HorizontalLayout(title);
    header.setAlignItems(Alignment.BASELINE);
    if (auth.hasRole(Roles.ADMIN)) {
      Button create =
          new Button(
              Messages.t("workspace.list.new-workspace"),
              VaadinIcon.PLUS.create(),
              e -> openCreate());
      create.setId("new-workspace");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(create);
    }
    cards.setId("workspace-cards");
    add(header, cards);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("workspace.menu.workspaces"));
  }

  private void refresh() {
    cards.removeAll();
    var mine = workspaces.mine();
    if (mine.isEmpty()) {
      cards.add(new Paragraph(Messages.t("workspace.list.empty")));
    }
    mine.forEach(w -> cards.add(card(w)));
  }

  private Div card(WorkspaceSummary w) {
    RouterLink link =
        new RouterLink(
            w.name(), WorkspaceView.class, new RouteParameters("workspaceId", "" + w.id()));
    H3 name = new H3(link);
    name.getStyle().set("margin", "0");
    Paragraph description = new Paragraph(w.description());
    description.addClassName("fb-muted");
    Span role = new Span(Messages.t("workspace.list.your-role", Messages.t(w.myRole().labelKey())));
    role.getElement().getThemeList().add("badge");
    Div card = new Div(name, description, role);
    card.addClassName("fb-card");
    card.getStyle().set("width", "20rem");
    return card;
  }

  private void openCreate() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Messages.t("workspace.list.new-workspace"));
    TextField name = new TextField(Messages.t("workspace.list.name"));
    name.setId("workspace-name");
    name.setMaxLength(120);
    name.setRequired(true);
    TextField organisation = new TextField(Messages.t("workspace.list.organisation"));
    organisation.setMaxLength(200);
    TextArea description = new TextArea(Messages.t("workspace.list.description"));
    description.setMaxLength(2000);
    VerticalLayout form = new VerticalLayout(name, organisation, description);
    form.setPadding(false);
    dialog.add(form);
    Button save =
        new Button(
            Messages.t("workspace.list.create"),
            e -> {
              try {
                workspaces.create(name.getValue(), description.getValue(), organisation.getValue());
                dialog.close();
                refresh();
              } catch (ValidationFailedException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
              } catch (RuntimeException ex) {
                name.setInvalid(true);
                name.setErrorMessage(UserMessages.of(ex));
              }
            });
    save.setId("create-workspace");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(Messages.t("workspace.list.cancel"), e -> dialog.close()), save);
    dialog.open();
  }
}
