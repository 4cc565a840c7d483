package org.factbench.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page. Its error message never tells whether a user name exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Factbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  static final String FAILED_TITLE = "Sign-in failed";
  static final String FAILED_MESSAGE =
      "Check your user name and password and try again. After several failed attempts, sign-in pauses"
          + " for a while.";

  /** The query parameter Vaadin adds when it sends a browser whose session is gone here. */
  static final String EXPIRED = "expired";

  static final String UNAVAILABLE =
      "Storage is unavailable right now, so you could not be signed in. Try again in a moment.";

  private final LoginForm form = new LoginForm();
  private final Paragraph notice = new Paragraph();

  public LoginView() {
    addClassName("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getErrorMessage().setTitle(FAILED_TITLE);
    i18n.getErrorMessage().setMessage(FAILED_MESSAGE);
    form.setI18n(i18n);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);

    H1 brand = new H1("Factbench");
    brand.addClassName("login-brand");
    Div tagline = new Div("Check claims together: sources, verdicts, review.");
    tagline.addClassName("login-tagline");
    notice.setVisible(false);
    notice.addClassName("login-notice");
    notice.setId("login-notice");
    add(brand, tagline, notice, form);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters().getParameters();
    form.setError(params.containsKey("error"));
    if (params.containsKey("unavailable")) {
      show(UNAVAILABLE);
    } else if (params.containsKey("ended")) {
      show("Your session has ended. Please sign in again.");
    } else if (params.containsKey(EXPIRED)) {
      show(
          "Your session has expired or the server you were using restarted. Everything you saved is"
              + " kept; please sign in again.");
    } else if (params.containsKey("signedout")) {
      show("You have signed out.");
    }
  }

  private void show(String text) {
    notice.setText(text);
    notice.setVisible(true);
  }
}
