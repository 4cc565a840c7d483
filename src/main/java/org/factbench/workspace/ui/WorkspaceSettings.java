package org.factbench.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.security.CurrentUser;
import org.factbench.security.FactbenchUser;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;

/**
 * A workspace's settings on its overview: where the team publishes its fact-checks (the workspace's
 * admins), and its name, description, organisation and archived state (installation admins). The
 * services decide; this only shows what the member may try.
 */
class WorkspaceSettings extends VerticalLayout {

  private final WorkspaceService workspaces;
  private final Consumer<WorkspaceSummary> changed;

  WorkspaceSettings(
      WorkspaceService workspaces, WorkspaceSummary workspace, Consumer<WorkspaceSummary> changed) {
    this.workspaces = workspaces;
    this.changed = changed;
    setPadding(false);
    setId("workspace-settings");
    boolean installationAdmin = CurrentUser.get().map(FactbenchUser::isAdmin).orElse(false);
    if (workspace.myRole() == Role.ADMIN || installationAdmin) {
      add(new H3(Messages.t("workspace.settings.title")));
    }
    if (workspace.myRole() == Role.ADMIN && !workspace.archived()) {
      add(publishing(workspace));
    }
    if (installationAdmin) {
      add(details(workspace), archiving(workspace));
    }
  }

  private HorizontalLayout publishing(WorkspaceSummary workspace) {
    TextField template = new TextField(Messages.t("workspace.settings.public-url"));
    template.setId("workspace-public-url");
    template.setValue(workspace.publicUrlTemplate());
    template.setPlaceholder("https://factcheck.example.org/claims/{id}");
    template.setHelperText(Messages.t("workspace.settings.public-url.help"));
    template.setWidth("32em");
    Button save =
        new Button(
            Messages.t("workspace.settings.save"),
            e ->
                run(
                    () -> workspaces.setPublicUrlTemplate(workspace.id(), template.getValue()),
                    "workspace.settings.public-url.saved"));
    save.setId("workspace-public-url-save");
    return row(template, save);
  }

  private VerticalLayout details(WorkspaceSummary workspace) {
    TextField name = new TextField(Messages.t("workspace.list.name"));
    name.setId("workspace-name");
    name.setValue(workspace.name());
    name.setWidth("16em");
    TextField organisation = new TextField(Messages.t("workspace.list.organisation"));
    organisation.setId("workspace-organisation");
    organisation.setValue(workspace.organisation());
    organisation.setWidth("16em");
    TextArea description = new TextArea(Messages.t("workspace.list.description"));
    description.setId("workspace-description");
    description.setValue(workspace.description());
    description.setWidth("32em");
    Button save =
        new Button(
            Messages.t("workspace.settings.save"),
            e ->
                run(
                    () ->
                        workspaces.update(
                            workspace.id(),
                            name.getValue(),
                            description.getValue(),
                            organisation.getValue()),
                    "workspace.settings.details.saved"));
    save.setId("workspace-details-save");
    VerticalLayout box = new VerticalLayout(row(name, organisation), description, save);
    box.setPadding(false);
    return box;
  }

  private Button archiving(WorkspaceSummary workspace) {
    Button button =
        workspace.archived()
            ? new Button(
                Messages.t("workspace.settings.unarchive"),
                e ->
                    run(
                        () -> workspaces.unarchive(workspace.id()),
                        "workspace.settings.unarchived"))
            : new Button(
                Messages.t("workspace.settings.archive"),
                e -> run(() -> workspaces.archive(workspace.id()), "workspace.settings.archived"));
    button.setId("workspace-archive");
    if (!workspace.archived()) {
      button.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    return button;
  }

  private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    return row;
  }

  private void run(Supplier<WorkspaceSummary> action, String doneKey) {
    try {
      WorkspaceSummary now = action.get();
      Notification.show(Messages.t(doneKey), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      changed.accept(now);
    } catch (RuntimeException e) {
      Notification.show(UserMessages.of(e), 5000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
