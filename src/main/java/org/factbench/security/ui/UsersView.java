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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.security.NewUser;
import org.factbench.security.PasswordPolicy;
import org.factbench.security.Roles;
import org.factbench.security.UserAdminService;
import org.factbench.security.UserSummary;

/** The admin's list of users: create, make admin, disable, reset a password. */
@Route("admin/users")
@Menu(title = "security.menu.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

  private final UserAdminService admin;
  private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
  private final TextField filter = new TextField();

  UsersView(UserAdminService admin) {
    this.admin = admin;
    addClassName("fb-view");
    setSizeFull();

    filter.setPlaceholder(Messages.t("security.users.search"));
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    filter.setClearButtonVisible(true);
    Button create =
        new Button(
            Messages.t("security.users.new-user"), VaadinIcon.PLUS.create(), e -> openCreate());
    create.setId("new-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(filter, create);

    grid.addColumn(UserSummary::username)
        .setHeader(Messages.t("security.users.username"))
        .setSortProperty("username");
    grid.addColumn(UserSummary::displayName)
        .setHeader(Messages.t("security.users.name"))
        .setSortProperty("displayName")
        .setFlexGrow(2);
    grid.addColumn(u -> u.admin() ? Messages.t("security.users.admin") : "")
        .setHeader(Messages.t("security.users.installation-role"));
    grid.addComponentColumn(this::status).setHeader(Messages.t("security.users.status"));
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItemsPageable(page -> admin.list(filter.getValue(), page).getContent());
    grid.setId("users");
    add(new H2(Messages.t("security.users.title")), toolbar, grid);
    setFlexGrow(1, grid);
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("security.users.title"));
  }

  private Span status(UserSummary u) {
    Span s =
        new Span(Messages.t(u.enabled() ? "security.users.active" : "security.users.disabled"));
    s.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge error");
    return s;
  }

  private HorizontalLayout actions(UserSummary u) {
    Button toggle =
        new Button(
            Messages.t(u.enabled() ? "security.users.disable" : "security.users.enable"),
            e -> run(() -> admin.setEnabled(u.id(), !u.enabled())));
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button makeAdmin =
        new Button(
            Messages.t(u.admin() ? "security.users.remove-admin" : "security.users.make-admin"),
            e -> run(() -> admin.setAdmin(u.id(), !u.admin())));
    makeAdmin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button reset = new Button(Messages.t("security.users.reset-password"), e -> openReset(u));
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
    dialog.setHeaderTitle(Messages.t("security.users.new-user"));
    TextField username = new TextField(Messages.t("security.users.username"));
    username.setId("new-username");
    TextField displayName = new TextField(Messages.t("security.users.display-name"));
    displayName.setId("new-display-name");
    PasswordField password = new PasswordField(Messages.t("security.users.password"));
    password.setId("new-password");
    password.setHelperText(
        Messages.t("security.users.password.helper", String.valueOf(PasswordPolicy.MIN_LENGTH)));
    Checkbox isAdmin = new Checkbox(Messages.t("security.users.installation-admin"));
    dialog.add(new VerticalLayout(username, displayName, password, isAdmin));
    Button save =
        new Button(
            Messages.t("security.users.create"),
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
    dialog
        .getFooter()
        .add(new Button(Messages.t("security.users.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private void openReset(UserSummary u) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Messages.t("security.users.reset.title", u.displayName()));
    PasswordField password = new PasswordField(Messages.t("security.users.new-password"));
    password.setHelperText(Messages.t("security.users.new-password.helper"));
    dialog.add(password);
    Button save =
        new Button(
            Messages.t("security.users.set-password"),
            e -> {
              try {
                int revoked = admin.resetPassword(u.id(), password.getValue());
                dialog.close();
                Notification.show(
                    Messages.t("security.users.password-changed.ended", String.valueOf(revoked)));
              } catch (ValidationFailedException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(Messages.t("security.users.cancel"), e -> dialog.close()), save);
    dialog.open();
  }
}
