package org.factbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.matching.SimilarClaims;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims linked as the same claim stand together in reports, whatever their order otherwise; the
 * figure check and the sources' figures travel into every format, and through export and import.
 */
@IntegrationTest
class SameClaimReportTest {

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;
  @Autowired SimilarClaims matching;
  @Autowired ReportService reports;
  @Autowired ExportImport importer;
  @Autowired JsonMapper json;

  WorkspaceSummary ws;
  UserSummary admin;
  long first;
  long other;
  long repeat;

  static final ReportRequest NEW_CLAIMS =
      new ReportRequest(null, EnumSet.of(ClaimStatus.NEW), true, false, false);

  @BeforeEach
  void threeClaimsOneRepeatingTheFirst() {
    ws = fixtures.workspace("same-report");
    admin = fixtures.user("same-report-admin");
    fixtures.member(ws, admin, Role.ADMIN);
    fixtures.as(
        admin,
        () -> {
          first = claims.create(ws.id(), NewClaim.byHand("Millions of soldiers have died")).id();
          sources.addSource(
              ws.id(),
              first,
              new SourceInput(
                  "https://example.org/estimates",
                  "Estimates",
                  "Institute",
                  null,
                  null,
                  "",
                  Stance.REFUTES,
                  "",
                  "180,000-220,000",
                  LocalDate.of(2026, 9, 1)));
          other = claims.create(ws.id(), NewClaim.byHand("Turnout was 71%")).id();
          repeat = claims.create(ws.id(), NewClaim.byHand("Millions have died in the war")).id();
          claims.linkSameAs(ws.id(), repeat, first);
        });
  }

  private String export(ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fixtures.as(admin, () -> reports.export(ws.id(), NEW_CLAIMS, format, out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_repeat_follows_the_claim_it_repeats_and_the_html_links_both_ways() {
    Report report = fixtures.as(admin, () -> reports.build(ws.id(), NEW_CLAIMS));
    assertThat(report.claims())
        .extracting(i -> i.claim().id())
        .containsExactly(first, repeat, other);

    Document html = Jsoup.parse(export(ReportFormat.HTML));
    assertThat(html.select("#claim-" + repeat + " .same a").attr("href"))
        .isEqualTo("#claim-" + first);
    assertThat(html.select("#claim-" + first + " .same a").attr("href"))
        .isEqualTo("#claim-" + repeat);
    assertThat(html.select("#claim-" + first + " .figure-check").text())
        .startsWith("Figures disagree: claim says Millions")
        .contains("180,000-220,000");
    assertThat(html.select("#claim-" + first + " .source").text())
        .contains("figure: 180,000-220,000 (as of 2026-09-01)");
  }

  @Test
  void csv_and_json_carry_the_link_and_the_figures_and_an_import_restores_the_link() {
    assertThat(export(ReportFormat.CSV)).contains("same_claim_as").contains("off by about");

    String exported = export(ReportFormat.JSON);
    JsonNode root = json.readTree(exported);
    JsonNode repeated = null;
    for (JsonNode c : root.get("claims")) {
      if (c.get("id").asLong() == repeat) {
        repeated = c;
      }
    }
    assertThat(repeated).isNotNull();
    assertThat(repeated.get("sameAs").asLong()).isEqualTo(first);

    WorkspaceSummary target = fixtures.workspace("same-report-import");
    fixtures.member(target, admin, Role.ADMIN);
    fixtures.as(
        admin,
        () ->
            importer.importJson(
                target.id(), new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8))));
    Report imported = fixtures.as(admin, () -> reports.build(target.id(), NEW_CLAIMS));
    var items = imported.claims();
    assertThat(items).hasSize(3);
    assertThat(items.get(1).claim().sameAs()).isNotNull();
    assertThat(items.get(1).claim().sameAs().id()).isEqualTo(items.get(0).claim().id());
    assertThat(items.get(0).claim().figureCheck()).contains("off by about");
    assertThat(items.get(0).claim().sources().getFirst().figureAsOf())
        .isEqualTo(LocalDate.of(2026, 9, 1));
  }
}
