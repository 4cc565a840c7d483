package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factbench.security.DemoUsers;
import org.factbench.testsupport.Accessibility;
import org.factbench.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view, as the installation's admin (who may open all of them) and before that the sign-in
 * page, checked by axe-core against WCAG 2.2 A and AA: no serious or critical violation anywhere,
 * with dialogs and the claim panel open where a view has them.
 */
class AccessibilityEndToEndTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  private final List<String> violations = new ArrayList<>();

  @Test
  void no_view_has_a_serious_or_critical_accessibility_violation() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    long briefing =
        jdbc.sql(
                "select min(id) from document where workspace_id = ?"
                    + " and title like 'Evening briefing%'")
            .param(ws)
            .query(Long.class)
            .single();
    long judged =
        jdbc.sql(
                "select min(c.id) from claim c where c.workspace_id = ? and c.document_id = ?"
                    + " and c.rating_id is not null and c.deleted_at is null")
            .params(ws, briefing)
            .query(Long.class)
            .single();

    page.navigate(url("login"));
    assertThat(page.locator("vaadin-login-form")).isVisible();
    check("sign-in");

    signIn(page, "admin", DemoUsers.PASSWORD);
    assertThat(page.locator("#workspace-cards")).isVisible();
    check("workspaces");

    open("workspaces/" + ws, "#workspace-title");
    check("workspace");

    open("workspaces/" + ws + "/documents", "#documents");
    check("documents");
    page.locator("#import-document").click();
    assertThat(page.locator("#import-title")).isVisible();
    check("documents: import dialog");
    page.keyboard().press("Escape");

    open("workspaces/" + ws + "/documents/" + briefing + "?claim=" + judged, "#claim-panel");
    check("reader with a claim open");
    page.locator("#back-to-claims").click();
    page.locator("#suggestions .fb-suggestion-accept").first().click();
    assertThat(page.locator("#suggestion-span")).isVisible();
    check("reader with a suggestion open");

    open("workspaces/" + ws + "/claims/" + judged, "#claim-panel");
    check("claims list with the claim panel");

    open("workspaces/" + ws + "/review/" + judged, "#claim-panel");
    check("review queue with the claim panel");

    open("workspaces/" + ws + "/my-work", "#my-work");
    check("my work");

    open("workspaces/" + ws + "/scale", "#rating-scale");
    check("rating scale");
    page.locator("#rating-scale vaadin-grid-cell-content")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Mostly true"))
        .first()
        .click();
    assertThat(page.locator("vaadin-dialog[opened] vaadin-text-field").first()).isVisible();
    check("rating scale: edit dialog");
    page.keyboard().press("Escape");

    open("workspaces/" + ws + "/reports", "#report-format");
    // claims in every state, so that the preview shows verdict badges
    for (String state : List.of("new", "in-research", "ready-for-review", "approved")) {
      page.locator("#report-state-" + state).click();
    }
    page.locator("#report-preview").click();
    assertThat(page.frameLocator("#report-frame").locator("table.summary .badge").first())
        .isVisible(
            new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
    check("reports with a preview");

    open("account", "#change-password");
    check("account");

    open("admin/users", "#users");
    check("users");

    assertThat(violations).as("serious or critical accessibility violations").isEmpty();
  }

  private void open(String path, String shown) {
    page.navigate(url(path));
    assertThat(page.locator(shown)).isVisible();
  }

  /** Lets the view settle (grids fill, overlays finish opening), then scans it. */
  private void check(String view) {
    page.waitForFunction(
        "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive())");
    page.waitForTimeout(300);
    screenshot(page, "axe-" + view.replaceAll("[^a-z]+", "-"));
    List<String> found = Accessibility.violations(page, view);
    found.forEach(v -> System.out.println("AXE " + v));
    violations.addAll(found);
  }
}
