package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factbench.security.DemoUsers;
import org.factbench.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** A user creates an API token in the browser, a script uses it, the user revokes it. */
class AccountEndToEndTest extends BrowserTest {

  @Test
  void a_token_made_in_the_account_view_works_over_http_until_revoked() throws Exception {
    signIn(page, "viewer", DemoUsers.PASSWORD);
    page.navigate(url("account"));
    page.locator("#token-name input").fill("spreadsheet refresh");
    page.locator("#token-create").click();
    assertThat(page.locator("#token-secret input"))
        .hasValue(java.util.regex.Pattern.compile("fbt_.+"));
    String secret = page.locator("#token-secret input").inputValue();
    screenshot(page, "50-account-new-token");
    page.locator("#token-done").click();
    assertThat(page.locator("#tokens")).containsText("spreadsheet refresh");

    HttpClient http = HttpClient.newHttpClient();
    HttpRequest me =
        HttpRequest.newBuilder(URI.create(url("api/v1/me")))
            .header("Authorization", "Bearer " + secret)
            .build();
    HttpResponse<String> ok = http.send(me, HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"username\":\"viewer\"");

    page.locator(
            "#tokens vaadin-button",
            new com.microsoft.playwright.Page.LocatorOptions().setHasText("Revoke"))
        .first()
        .click();
    assertThat(page.locator("#tokens")).containsText("revoked");
    screenshot(page, "51-account-token-revoked");
    assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }
}
