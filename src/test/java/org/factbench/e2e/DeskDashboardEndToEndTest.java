package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Accessibility;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A desk lead opens the workspace overview in the morning: every chart is drawn, they switch the
 * period, download a chart's numbers as CSV, click the bar of claims waiting over two days and land
 * on exactly those claims; axe finds nothing serious, at 1280 and 1920 pixels wide.
 */
class DeskDashboardEndToEndTest extends BrowserTest {

  static final List<String> CHARTS =
      List.of(
          "desk-by-status",
          "desk-verdicts",
          "desk-weeks",
          "desk-time",
          "desk-backlog",
          "desk-people",
          "desk-flags",
          "desk-sources");

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired RatingScale ratings;
  @Autowired JdbcClient jdbc;

  UserSummary lead;
  UserSummary editor;
  WorkspaceSummary ws;
  List<Verdict> scale;

  private long claim(String wording, String status, Duration age, Duration inStatus) {
    long id = fixtures.as(lead, () -> claims.create(ws.id(), NewClaim.byHand(wording))).id();
    Instant now = Instant.now();
    jdbc.sql("update claim set status = ?, created_at = ?, status_changed_at = ? where id = ?")
        .params(status, Timestamp.from(now.minus(age)), Timestamp.from(now.minus(inStatus)), id)
        .update();
    return id;
  }

  private void set(long id, String column, Object value) {
    jdbc.sql("update claim set " + column + " = ? where id = ?").params(value, id).update();
  }

  @Test
  void a_desk_lead_reads_the_dashboard_switches_the_period_downloads_and_clicks_a_bar()
      throws Exception {
    lead = fixtures.user("lead");
    editor = fixtures.user("desk-editor");
    ws = fixtures.workspace("Morning desk");
    fixtures.member(ws, lead, Role.ADMIN);
    fixtures.member(ws, editor, Role.EDITOR);
    scale = fixtures.as(lead, () -> ratings.of(ws.id()));
    // a month of work: published checks with verdicts, a backlog, research, a dispute
    int[][] published = {{2, 1}, {5, 3}, {9, 8}, {16, 12}, {20, 19}, {26, 21}};
    for (int i = 0; i < published.length; i++) {
      long id =
          claim(
              "Published check number " + (i + 1) + ".",
              "PUBLISHED",
              Duration.ofDays(published[i][0]),
              Duration.ofDays(published[i][1]));
      set(id, "rating_id", scale.get(i % 3).id());
    }
    long waitingLong =
        claim(
            "Inflation halved in a year.",
            "READY_FOR_REVIEW",
            Duration.ofDays(8),
            Duration.ofDays(5));
    long waitingShort =
        claim(
            "Exports grew by a third.",
            "READY_FOR_REVIEW",
            Duration.ofDays(3),
            Duration.ofHours(6));
    long research =
        claim("Turnout was 71%.", "IN_RESEARCH", Duration.ofDays(4), Duration.ofDays(2));
    long disputed =
        claim("The deficit is 6.3% of GDP.", "DISPUTED", Duration.ofDays(6), Duration.ofDays(1));
    for (long id : List.of(waitingLong, waitingShort, research, disputed)) {
      set(id, "assignee_id", editor.id());
    }
    set(research, "figure_check", "The shares add up to 112%.");
    // a cited page the watch found changed since it was cited
    long source =
        jdbc.sql(
                "insert into source (claim_id, url, stance, created_by)"
                    + " values (?, 'https://example.org/turnout', 'SUPPORTS', ?) returning id")
            .params(research, lead.id())
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into evidence_source (source_id, claim_id, workspace_id, url, host, cited_by,"
                + " watch_state) values (?, ?, ?, 'https://example.org/turnout', 'example.org', ?,"
                + " 'CHANGED')")
        .params(source, research, ws.id(), lead.id())
        .update();

    signIn(page, lead.username(), Fixtures.PASSWORD);
    page.navigate(url("workspaces/" + ws.id()));
    assertThat(page.locator("#desk-overview"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    for (String chart : CHARTS) {
      assertThat(page.locator("#" + chart + " h4")).isVisible();
      assertThat(page.locator("#" + chart + "-chart svg path").first()).isAttached();
    }
    settle();
    screenshot(page, "60-desk-dashboard-1280");
    List<String> found = Accessibility.violations(page, "desk dashboard");
    found.forEach(v -> System.out.println("AXE " + v));
    assertThat(found).as("serious or critical accessibility violations").isEmpty();
    page.setViewportSize(1920, 1080);
    settle();
    screenshot(page, "61-desk-dashboard-1920");
    page.setViewportSize(1280, 800);

    // the last 7 days: two of the six checks were published in them
    page.locator("#desk-period").click();
    page.locator("vaadin-select-item").filter(hasText("Last 7 days")).click();
    assertThat(page.locator("#desk-published")).containsText("2");
    page.locator("#desk-period").click();
    page.locator("vaadin-select-item").filter(hasText("Last 30 days")).click();
    assertThat(page.locator("#desk-published")).containsText("6");

    // the CSV of the backlog chart: a header and its three buckets
    Download csv = page.waitForDownload(() -> page.locator("#desk-backlog-csv").click());
    String numbers = Files.readString(csv.path());
    assertThat(numbers)
        .isEqualTo(
            "Waiting for,Claims waiting for review\r\n"
                + "Up to 1 day,1\r\n"
                + "1 to 2 days,0\r\n"
                + "Over 2 days,1\r\n");
    assertThat(csv.suggestedFilename()).endsWith("-desk-backlog.csv");

    // the "over 2 days" bar is the backlog chart's last bar
    page.locator("#desk-backlog-chart svg path[fill='#e65100']").last().click();
    page.waitForURL("**/claims?**");
    assertThat(page.locator("#linked-filter")).containsText("over 2 days");
    assertThat(page.locator("#filter-status input")).hasValue("Ready for review");
    assertThat(cell("Inflation halved in a year.")).isVisible();
    assertThat(cell("Exports grew by a third.")).hasCount(0);
    screenshot(page, "62-desk-dashboard-bar-opened");
  }

  private Locator cell(String text) {
    return page.locator("vaadin-grid-cell-content").filter(hasText(text));
  }

  private void settle() {
    page.waitForFunction(
        "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive())");
    page.waitForTimeout(500);
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
