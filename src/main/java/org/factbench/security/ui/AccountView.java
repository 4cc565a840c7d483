package org.factbench.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.UserMessages;
import org.factbench.security.AccountService;
import org.factbench.security.ApiTokens;
import org.factbench.security.ApiTokens.TokenInfo;

/**
 * The signed-in user's own account: change the password, and create, see and revoke personal access
 * tokens for the HTTP API (a token's secret is shown once).
 */
@Route("account")
@PageTitle("Your account · Factbench")
@Menu(title = "Your account", order = 95, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AccountService account;
  private final ApiTokens tokens;
  private final Grid<TokenInfo> list = new Grid<>(TokenInfo.class, false);

  AccountView(AccountService account, ApiTokens tokens) {
    this.account = account;
    this.tokens = tokens;
    addClassName("fb-view");
    add(new H2("Your account"), password(), tokens());
  }

  private VerticalLayout password() {
    PasswordField current = new PasswordField("Current password");
    PasswordField next = new PasswordField("New password");
    next.setHelperText("At least 12 characters; common passwords are refused.");
    current.setId("current-password");
    next.setId("new-password");
    Button change =
        new Button(
            "Change password",
            e -> {
              try {
                account.changeOwnPassword(current.getValue(), next.getValue(), false);
                current.clear();
                next.clear();
                Notification.show("Password changed.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (ValidationFailedException ex) {
                var field = "currentPassword".equals(ex.field()) ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(ex.getMessage());
              }
            });
    change.setId("change-password");
    VerticalLayout box = new VerticalLayout(new H3("Password"), current, next, change);
    box.setPadding(false);
    return box;
  }

  private VerticalLayout tokens() {
    TextField name = new TextField("Token name");
    name.setPlaceholder("e.g. nightly report script");
    name.setId("token-name");
    name.setWidth("20rem");
    Select<Integer> days = new Select<>();
    days.setLabel("Expires after");
    days.setItems(7, 30, 90, 365);
    days.setItemLabelGenerator(d -> d + " days");
    days.setValue(30);
    days.setId("token-days");
    Button create =
        new Button(
            "Create token",
            e -> {
              try {
                ApiTokens.NewToken t = tokens.create(name.getValue(), days.getValue());
                name.clear();
                refresh();
                showOnce(t);
              } catch (ValidationFailedException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
              } catch (RuntimeException ex) {
                Notification.show(UserMessages.of(ex));
              }
            });
    create.setId("token-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(name, days, create);
    form.setAlignItems(Alignment.BASELINE);

    list.addColumn(TokenInfo::name).setHeader("Name").setFlexGrow(2);
    list.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
    list.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created");
    list.addColumn(t -> WHEN.format(t.expiresAt())).setHeader("Expires");
    list.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()))
        .setHeader("Last used");
    list.addComponentColumn(
            t -> {
              if (!t.active(Instant.now())) {
                return new Span(t.revokedAt() != null ? "revoked" : "expired");
              }
              Button revoke =
                  new Button(
                      "Revoke",
                      e -> {
                        tokens.revoke(t.id());
                        refresh();
                      });
              revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
              return revoke;
            })
        .setHeader("")
        .setAutoWidth(true);
    list.setId("tokens");
    list.setAllRowsVisible(true);
    list.setEmptyStateText("No tokens yet.");
    refresh();
    Paragraph how =
        new Paragraph(
            "Scripts send a token as \"Authorization: Bearer <token>\" to /api/v1; it acts with your"
                + " roles. Only a hash is stored: the token is shown once, when you create it.");
    how.addClassName("fb-muted");
    VerticalLayout box = new VerticalLayout(new H3("API tokens"), how, form, list);
    box.setPadding(false);
    return box;
  }

  private void refresh() {
    // a user's own tokens: at most 200 rows, read in one query
    list.setItems(tokens.mine());
  }

  private void showOnce(ApiTokens.NewToken t) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Your new token");
    TextField secret = new TextField();
    secret.setValue(t.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setId("token-secret");
    dialog.add(
        new Paragraph(
            "Copy it now: it is not shown again. It expires on "
                + WHEN.format(t.info().expiresAt())
                + "."),
        secret);
    Button done = new Button("Done", e -> dialog.close());
    done.setId("token-done");
    dialog.getFooter().add(done);
    dialog.setWidth("min(40rem, 95vw)");
    dialog.open();
  }
}
