package org.factbench.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.factbench.base.ui.Messages;

/** The sign-in page. Its error message never tells whether a user name exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The query parameter Vaadin adds when it sends a browser whose session is gone here. */
  static final String EXPIRED = "expired";

  private final LoginForm form = new LoginForm();
  private final Paragraph notice = new Paragraph();

  public LoginView() {
    addClassName("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(Messages.t("security.login.title"));
    i18n.getErrorMessage().setTitle(Messages.t("security.login.failed.title"));
    i18n.getErrorMessage().setMessage(Messages.t("security.login.failed.message"));
    form.setI18n(i18n);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);

    H1 brand = new H1(Messages.t("security.login.brand"));
    brand.addClassName("login-brand");
    Div tagline = new Div(Messages.t("security.login.tagline"));
    tagline.addClassName("login-tagline");
    notice.setVisible(false);
    notice.addClassName("login-notice");
    notice.setId("login-notice");
    add(brand, tagline, notice, form);
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("security.login.title"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters().getParameters();
    form.setError(params.containsKey("error"));
    if (params.containsKey("unavailable")) {
      show(Messages.t("security.login.unavailable"));
    } else if (params.containsKey("ended")) {
      show(Messages.t("security.login.ended"));
    } else if (params.containsKey(EXPIRED)) {
      show(Messages.t("security.login.expired"));
    } else if (params.containsKey("signedout")) {
      show(Messages.t("security.login.signed-out"));
    }
  }

  private void show(String text) {
    notice.setText(text);
    notice.setVisible(true);
  }
}
