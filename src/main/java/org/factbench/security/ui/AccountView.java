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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.security.AccountService;
import org.factbench.security.ApiTokens;
import org.factbench.security.ApiTokens.TokenInfo;

/**
 * The signed-in user's own account: change the password, and create, see and revoke personal access
 * tokens for the HTTP API (a token's secret is shown once).
 */
@Route("account")
@Menu(title = "security.menu.account", order = 95, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AccountService account;
  private final ApiTokens tokens;
  private final Grid<TokenInfo> list = new Grid<>(TokenInfo.class, false);

  AccountView(AccountService account, ApiTokens tokens) {
    this.account = account;
    this.tokens = tokens;
    addClassName("fb-view");
    add(new H2(Messages.t("security.account.title")), password(), tokens());
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("security.account.title"));
  }

  private VerticalLayout password() {
    PasswordField current = new PasswordField(Messages.t("security.account.current-password"));
    PasswordField next = new PasswordField(Messages.t("security.account.new-password"));
    next.setHelperText(Messages.t("security.account.new-password.helper"));
    current.setId("current-password");
    next.setId("new-password");
    com.vaadin.flow.component.checkbox.Checkbox keepTokens =
        new com.vaadin.flow.component.checkbox.Checkbox(Messages.t("security.account.keep-tokens"));
    keepTokens.setId("keep-tokens");
    keepTokens.setTooltipText(Messages.t("security.account.keep-tokens.helper"));
    Button change =
        new Button(
            Messages.t("security.account.change-password"),
            e -> {
              try {
                int revoked =
                    account.changeOwnPassword(
                        current.getValue(), next.getValue(), keepTokens.getValue());
                current.clear();
                next.clear();
                Notification.show(
                        Messages.t(
                            "security.account.password-changed.ended", String.valueOf(revoked)),
                        8000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
              } catch (ValidationFailedException ex) {
                var field = "currentPassword".equals(ex.field()) ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(ex.getMessage());
              }
            });
    change.setId("change-password");
    VerticalLayout box =
        new VerticalLayout(
            new H3(Messages.t("security.account.password")), current, next, keepTokens, change);
    box.setPadding(false);
    return box;
  }

  private VerticalLayout tokens() {
    TextField name = new TextField(Messages.t("security.account.token-name"));
    name.setPlaceholder(Messages.t("security.account.token-name.placeholder"));
    name.setId("token-name");
    name.setWidth("20rem");
    Select<Integer> days = new Select<>();
    days.setLabel(Messages.t("security.account.expires-after"));
    days.setItems(7, 30, 90, 365);
    days.setItemLabelGenerator(d -> Messages.t("security.account.days", String.valueOf(d)));
    days.setValue(30);
    days.setId("token-days");
    Button create =
        new Button(
            Messages.t("security.account.create-token"),
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

    list.addColumn(TokenInfo::name)
        .setHeader(Messages.t("security.account.tokens.name"))
        .setFlexGrow(2);
    list.addColumn(t -> t.prefix() + "…")
        .setHeader(Messages.t("security.account.tokens.starts-with"));
    list.addColumn(t -> WHEN.format(t.createdAt()))
        .setHeader(Messages.t("security.account.tokens.created"));
    list.addColumn(t -> WHEN.format(t.expiresAt()))
        .setHeader(Messages.t("security.account.tokens.expires"));
    list.addColumn(
            t ->
                t.lastUsedAt() == null
                    ? Messages.t("security.account.tokens.never")
                    : WHEN.format(t.lastUsedAt()))
        .setHeader(Messages.t("security.account.tokens.last-used"));
    list.addComponentColumn(
            t -> {
              if (!t.active(Instant.now())) {
                return new Span(
                    Messages.t(
                        t.revokedAt() != null
                            ? "security.account.tokens.revoked"
                            : "security.account.tokens.expired"));
              }
              Button revoke =
                  new Button(
                      Messages.t("security.account.tokens.revoke"),
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
    list.setEmptyStateText(Messages.t("security.account.tokens.empty"));
    refresh();
    Paragraph how = new Paragraph(Messages.t("security.account.tokens.how"));
    how.addClassName("fb-muted");
    VerticalLayout box =
        new VerticalLayout(new H3(Messages.t("security.account.tokens.title")), how, form, list);
    box.setPadding(false);
    return box;
  }

  private void refresh() {
    // a user's own tokens: at most 200 rows, read in one query
    list.setItems(tokens.mine());
  }

  private void showOnce(ApiTokens.NewToken t) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Messages.t("security.account.new-token.title"));
    TextField secret = new TextField();
    secret.setValue(t.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setId("token-secret");
    dialog.add(
        new Paragraph(
            Messages.t("security.account.new-token.copy", WHEN.format(t.info().expiresAt()))),
        secret);
    Button done = new Button(Messages.t("security.account.new-token.done"), e -> dialog.close());
    done.setId("token-done");
    dialog.getFooter().add(done);
    dialog.setWidth("min(40rem, 95vw)");
    dialog.open();
  }
}
