package org.factbench.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.UserMessages;
import org.factbench.security.NewUser;
import org.factbench.security.PasswordPolicy;
import org.factbench.security.Roles;
import org.factbench.security.UserAdminService;
import org.factbench.security.UserSummary;

/** The admin's list of users: create, make admin, disable, reset a password. */
@Route("admin/users")
@PageTitle("Users · Factbench")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

  private final UserAdminService admin;
  private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
  private final TextField filter = new TextField();

  UsersView(UserAdminService admin) {
    this.admin = admin;
    addClassName("fb-view");
    setSizeFull();

    filter.setPlaceholder("Search users");
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    filter.setClearButtonVisible(true);
    Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
    create.setId("new-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(filter, create);

    grid.addColumn(UserSummary::username).setHeader("User name").setSortProperty("username");
    grid.addColumn(UserSummary::displayName)
        .setHeader("Name")
        .setSortProperty("displayName")
        .setFlexGrow(2);
    grid.addColumn(u -> u.admin() ? "Admin" : "").setHeader("Installation role");
    grid.addComponentColumn(this::status).setHeader("Status");
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItemsPageable(page -> admin.list(filter.getValue(), page).getContent());
    grid.setId("users");
    add(new H2("Users"), toolbar, grid);
    setFlexGrow(1, grid);
  }

  private Span status(UserSummary u) {
    Span s = new Span(u.enabled() ? "Active" : "Disabled");
    s.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge error");
    return s;
  }

  private HorizontalLayout actions(UserSummary u) {
    Button toggle =
        new Button(
            u.enabled() ? "Disable" : "Enable",
            e -> run(() -> admin.setEnabled(u.id(), !u.enabled())));
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button makeAdmin =
        new Button(
            u.admin() ? "Remove admin" : "Make admin",
            e -> run(() -> admin.setAdmin(u.id(), !u.admin())));
    makeAdmin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button reset = new Button("Reset password", e -> openReset(u));
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return new HorizontalLayout(toggle, makeAdmin, reset);
  }

  private void run(Runnable action) {
    try {
      action.run();
      grid.getDataProvider().refreshAll();
    } catch (RuntimeException e) {
      Notification.show(UserMessages.of(e), 5000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void openCreate() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New user");
    TextField username = new TextField("User name");
    username.setId("new-username");
    TextField displayName = new TextField("Display name");
    displayName.setId("new-display-name");
    PasswordField password = new PasswordField("Password");
    password.setId("new-password");
    password.setHelperText(
        "At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common one.");
    Checkbox isAdmin = new Checkbox("Installation admin");
    dialog.add(new VerticalLayout(username, displayName, password, isAdmin));
    Button save =
        new Button(
            "Create",
            e -> {
              try {
                admin.create(
                    new NewUser(
                        username.getValue(),
                        displayName.getValue(),
                        password.getValue(),
                        isAdmin.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
              } catch (ValidationFailedException ex) {
                var field =
                    switch (ex.field() == null ? "" : ex.field()) {
                      case "password" -> password;
                      case "displayName" -> displayName;
                      default -> username;
                    };
                field.setInvalid(true);
                field.setErrorMessage(ex.getMessage());
              }
            });
    save.setId("create-user");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void openReset(UserSummary u) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New password for " + u.displayName());
    PasswordField password = new PasswordField("New password");
    password.setHelperText("The user's sessions end; tell them the new password in person.");
    dialog.add(password);
    Button save =
        new Button(
            "Set password",
            e -> {
              try {
                admin.resetPassword(u.id(), password.getValue());
                dialog.close();
                Notification.show("Password changed.");
              } catch (ValidationFailedException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }
}
