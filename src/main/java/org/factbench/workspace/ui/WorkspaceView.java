package org.factbench.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.security.Role;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;

/**
 * One workspace: what it is, who is in it with which role, and (for its admins) managing members.
 */
@Route("workspaces/:workspaceId")
@WorkspaceMenu(title = "workspace.nav.overview", order = 0, icon = "vaadin:info-circle-o")
@PermitAll
class WorkspaceView extends WorkspacePage {

  private final WorkspaceService workspaces;
  private final java.util.List<org.factbench.workspace.OverviewPart> parts;
  private Grid<Member> members;

  WorkspaceView(
      WorkspaceService workspaces, java.util.List<org.factbench.workspace.OverviewPart> parts) {
    super(workspaces, "workspace.view.untitled");
    this.workspaces = workspaces;
    this.parts =
        parts.stream()
            .sorted(java.util.Comparator.comparingInt(org.factbench.workspace.OverviewPart::order))
            .toList();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    build();
  }

  @Override
  protected String title() {
    return workspace() == null ? super.title() : workspace().name();
  }

  private void build() {
    removeAll();
    members = new Grid<>(Member.class, false);
    H2 title = new H2(workspace().name());
    title.setId("workspace-title");
    add(title);
    if (workspace().archived()) {
      Paragraph archived = new Paragraph(Messages.t("workspace.view.archived"));
      archived.setId("workspace-archived");
      archived.addClassName("fb-notice");
      add(archived);
    }
    if (!workspace().organisation().isBlank()) {
      add(new Paragraph(Messages.t("workspace.view.published-by", workspace().organisation())));
    }
    if (!workspace().description().isBlank()) {
      Paragraph d = new Paragraph(workspace().description());
      d.addClassName("fb-muted");
      add(d);
    }
    parts.forEach(p -> add(p.create(workspace())));
    add(new H3(Messages.t("workspace.view.members")));
    members
        .addColumn(Member::displayName)
        .setHeader(Messages.t("workspace.view.members.name"))
        .setFlexGrow(2);
    members.addColumn(Member::username).setHeader(Messages.t("workspace.view.members.username"));
    members
        .addColumn(m -> Messages.t(m.role().labelKey()))
        .setHeader(Messages.t("workspace.view.members.role"));
    members
        .addColumn(m -> m.enabled() ? "" : Messages.t("workspace.view.members.disabled"))
        .setHeader(Messages.t("workspace.view.members.status"));
    members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    members.setAllRowsVisible(true);
    members.setId("members");
    if (workspace().myRole() == Role.ADMIN && !workspace().archived()) {
      members
          .addComponentColumn(
              m -> {
                Button remove =
                    new Button(
                        VaadinIcon.CLOSE_SMALL.create(),
                        e -> run(() -> workspaces.removeMember(workspace().id(), m.userId())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(Messages.t("workspace.view.members.remove", m.displayName()));
                return remove;
              })
          .setHeader("")
          .setAutoWidth(true);
      add(memberForm());
    }
    add(members);
    refreshMembers();
    add(
        new WorkspaceSettings(
            workspaces,
            workspace(),
            now -> {
              changed(now);
              build();
            }));
  }

  private HorizontalLayout memberForm() {
    TextField username = new TextField(Messages.t("workspace.view.members.username"));
    username.setId("member-username");
    ComboBox<Role> role = new ComboBox<>(Messages.t("workspace.view.members.role"));
    role.setItems(Role.values());
    role.setItemLabelGenerator(r -> Messages.t(r.labelKey()));
    role.setValue(Role.EDITOR);
    Button add =
        new Button(
            Messages.t("workspace.view.members.add"),
            e ->
                run(
                    () -> {
                      workspaces.setMember(workspace().id(), username.getValue(), role.getValue());
                      username.clear();
                    }));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(username, role, add);
    form.setAlignItems(Alignment.BASELINE);
    return form;
  }

  private void run(Runnable action) {
    try {
      action.run();
      refreshMembers();
    } catch (RuntimeException e) {
      Notification.show(UserMessages.of(e), 5000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void refreshMembers() {
    members.setItems(workspaces.members(workspace().id()));
  }
}
