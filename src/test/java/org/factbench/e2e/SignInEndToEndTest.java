package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.factbench.security.DemoUsers;
import org.factbench.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

class SignInEndToEndTest extends BrowserTest {

  @Test
  void demo_editor_signs_in_sees_the_demo_workspace_and_signs_out() {
    page.navigate(url(""));
    assertThat(page.locator("vaadin-login-form")).isVisible();
    screenshot(page, "01-sign-in");

    signIn(page, "editor", DemoUsers.PASSWORD);
    assertThat(page.locator("#signed-in-user")).hasText("Erin Editor");
    assertThat(page.locator("#workspace-cards")).containsText("Defence and war briefing (demo)");
    assertThat(page.locator("#workspace-cards")).containsText("Your role: Editor");
    screenshot(page, "02-workspaces");
    page.setViewportSize(420, 800);
    assertThat(page.locator("#workspace-cards")).isVisible();
    screenshot(page, "02b-workspaces-narrow");
    page.setViewportSize(1280, 800);

    page.locator("#workspace-cards a").first().click();
    assertThat(page.locator("#workspace-title")).hasText("Defence and war briefing (demo)");
    assertThat(page.locator("#members")).containsText("Rafael Reviewer");
    screenshot(page, "03-workspace");

    page.locator("#sign-out").click();
    assertThat(page.locator("vaadin-login-form")).isVisible();
    assertThat(page.getByText("You have signed out.")).isVisible();
  }

  @Test
  void the_admin_sees_the_workspace_settings_on_its_overview() {
    signIn(page, "admin", DemoUsers.PASSWORD);
    page.locator(
            "#workspace-cards a",
            new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Defence and war briefing (demo)"))
        .first()
        .click();
    assertThat(page.locator("#workspace-settings")).containsText("Public address of a fact-check");
    assertThat(page.locator("#workspace-archive")).hasText("Archive workspace");
    page.locator("#workspace-settings").scrollIntoViewIfNeeded();
    screenshot(page, "03b-workspace-settings");
  }

  @Test
  void a_wrong_password_shows_a_message_that_does_not_tell_if_the_user_exists() {
    page.navigate(url("login"));
    page.locator("vaadin-login-form input[name=username]").fill("no-such-person");
    page.locator("vaadin-login-form input[name=password]").fill("whatever-password");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.getByText("Sign-in failed")).isVisible();
    screenshot(page, "04-sign-in-failed");
  }
}
