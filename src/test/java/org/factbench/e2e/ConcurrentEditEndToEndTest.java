package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.security.DemoUsers;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConcurrentEditEndToEndTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;

  @Test
  void the_second_of_two_concurrent_saves_is_refused_shows_both_and_loses_nothing() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String original = Fixtures.unique("The budget doubled in two years");
    long id = system.runAs("editor", () -> claims.create(ws, NewClaim.byHand(original)).id());
    String path = "workspaces/" + ws + "/claims?claim=" + id;

    // Erin (editor) and Rafael (reviewer) open the same claim in their own browsers
    signIn(page, "editor", DemoUsers.PASSWORD);
    page.navigate(url(path));
    BrowserContext otherDesk = newContext();
    Page other = otherDesk.newPage();
    signIn(other, "reviewer", DemoUsers.PASSWORD);
    other.navigate(url(path));
    assertThat(page.locator("#claim-wording textarea")).hasValue(original);
    assertThat(other.locator("#claim-wording textarea")).hasValue(original);

    // Rafael starts writing a rationale; before he saves, Erin saves a new wording
    String rafaels = "Nominal growth; in real terms the rise is about 70%.";
    other.locator("#claim-rationale textarea").fill(rafaels);
    other.locator("#claim-rationale textarea").press("Tab");
    String erins = original + " (nominal terms)";
    page.locator("#claim-wording textarea").fill(erins);
    page.locator("#claim-save").click();
    assertThat(page.locator("#claim-wording textarea")).hasValue(erins);

    // Rafael's panel learns of it live but keeps his typing, and offers the latest version
    assertThat(other.locator("#claim-stale")).isVisible();
    assertThat(other.locator("#claim-stale")).containsText("Your input is kept");
    assertThat(other.locator("#claim-rationale textarea")).hasValue(rafaels);
    assertThat(other.locator("#claim-wording textarea")).hasValue(original);

    // he saves from the version he loaded: refused, both shown, nothing lost
    other.locator("#claim-save").click();
    assertThat(other.locator("#edit-conflict")).isVisible();
    assertThat(other.locator("#conflict-changes")).containsText("Claim as checked: they changed");
    assertThat(other.locator("#conflict-changes")).containsText("(nominal terms)");
    assertThat(other.locator("#claim-rationale textarea")).hasValue(rafaels);
    screenshot(other, "20-edit-conflict");

    // he applies his change on top of hers: both survive
    other.locator("#conflict-reapply").click();
    assertThat(other.locator("#edit-conflict")).isHidden();
    var saved = system.runAs("editor", () -> queries.detail(ws, id));
    assertThat(saved.wording()).isEqualTo(erins);
    assertThat(saved.rationale()).isEqualTo(rafaels);
    otherDesk.close();
  }

  @Test
  void an_admin_restores_a_deleted_claim_from_the_claims_view() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    String wording = Fixtures.unique("A claim deleted by mistake");
    long id = system.runAs("editor", () -> claims.create(ws, NewClaim.byHand(wording)).id());
    system.runAs("editor", () -> claims.delete(ws, id));

    signIn(page, "admin", DemoUsers.PASSWORD);
    page.navigate(url("workspaces/" + ws + "/claims"));
    page.locator("#deleted-claims").click();
    var row =
        page.locator(
            "#deleted-list vaadin-grid-cell-content",
            new Page.LocatorOptions().setHasText(wording));
    assertThat(row).isVisible();
    screenshot(page, "21-deleted-claims");
    page.locator("#deleted-list vaadin-button", new Page.LocatorOptions().setHasText("Restore"))
        .first()
        .click();
    page.waitForCondition(
        () ->
            jdbc.sql("select deleted_at is null from claim where id = ?")
                .param(id)
                .query(Boolean.class)
                .single());
    assertThat(system.runAs("editor", () -> queries.detail(ws, id)).wording()).isEqualTo(wording);
    page.navigate(url("workspaces/" + ws + "/scale"));
    assertThat(page.locator("#rating-scale")).containsText("Not a factual claim");
    assertThat(page.locator("#workspace-nav")).containsText("Rating scale");
    screenshot(page, "22-rating-scale");
  }
}
