package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.api.ApiClient.asJson;
import static org.factbench.api.ApiClient.bearer;
import static org.factbench.api.ApiClient.number;
import static org.factbench.api.ApiClient.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A script's whole journey over {@code /api/v1}: import, claim, edit, evidence, verdict, review by
 * a second person, report. Real HTTP handling (MockMvc through the security filters) on the real
 * database.
 */
@IntegrationTest
class ApiRoundTripTest {

  static final String BRIEFING =
      """
      Defence briefing, 14 March

      00:22 The minister said that defence spending rose to 2.1 percent of GDP last year.
      01:05 She added that recruitment targets were met in every branch.
      """;
  static final String SPENDING = "defence spending rose to 2.1 percent of GDP last year";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;

  UserSummary editor;
  UserSummary reviewer;
  WorkspaceSummary ws;
  RequestPostProcessor asEditor;
  RequestPostProcessor asReviewer;
  String base;

  @BeforeEach
  void aWorkspaceWithAnEditorWithATokenAndAReviewer() {
    editor = fixtures.user("api-editor");
    reviewer = fixtures.user("api-reviewer");
    ws = fixtures.workspace("api-roundtrip");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reviewer, Role.REVIEWER);
    asEditor = bearer(fixtures.as(editor, () -> tokens.create("round trip", 1)).secret());
    asReviewer = httpBasic(reviewer.username(), Fixtures.PASSWORD);
    base = "/api/v1/workspaces/" + ws.id();
  }

  @Test
  void an_editor_and_a_reviewer_take_a_claim_from_import_to_published_report_over_http()
      throws Exception {
    // --- import: pasted text, then two uploads
    MvcResult pasted =
        mvc.perform(
                asJson(
                        post(base + "/documents"),
                        Map.of(
                            "title", "Defence briefing",
                            "originUrl", "https://example.org/briefing",
                            "speakers", "The minister",
                            "publishedOn", "2026-03-14",
                            "text", BRIEFING))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.title").value("Defence briefing"))
            .andExpect(jsonPath("$.publishedOn").value("2026-03-14"))
            .andReturn();
    long documentId = number(pasted, "$.id");
    assertThat(pasted.getResponse().getHeader("Location"))
        .endsWith(base + "/documents/" + documentId);

    mvc.perform(
            multipart(base + "/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        "notes.txt",
                        "text/plain",
                        "Field notes\n\nThe bridge was closed for 3 days."
                            .getBytes(StandardCharsets.UTF_8)))
                .param("outlet", "Field desk")
                .with(asEditor))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.format").value("text/plain"))
        .andExpect(jsonPath("$.fileName").value("notes.txt"))
        .andExpect(jsonPath("$.outlet").value("Field desk"));
    mvc.perform(
            multipart(base + "/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        "article.html",
                        "text/html",
                        ("<!doctype html><html><head><title>An article</title></head><body>"
                                + "<h1>An article</h1><p>Prices fell by 4 percent.</p>"
                                + "<script>alert(1)</script></body></html>")
                            .getBytes(StandardCharsets.UTF_8)))
                .with(asEditor))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.format").value("text/html"))
        .andExpect(jsonPath("$.title").value("An article"));

    // --- list and read
    mvc.perform(get(base + "/documents").param("size", "2").with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.hasNext").value(true));
    mvc.perform(get(base + "/documents").param("size", "5000").with(asEditor))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.items.length()").value(3))
        .andExpect(jsonPath("$.hasNext").value(false));
    mvc.perform(get(base + "/documents").param("title", "briefing").with(asEditor))
        .andExpect(jsonPath("$.items[*].id").value(contains((int) documentId)));
    MvcResult read =
        mvc.perform(get(base + "/documents/" + documentId).with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.document.id").value(documentId))
            .andExpect(jsonPath("$.timeMarks[0].label").value("00:22"))
            .andExpect(jsonPath("$.timeMarks[0].seconds").value(22))
            .andReturn();
    String text = read(read, "$.text");

    // --- suggestions: the minister's figure is suggested first, with the reasons for its score
    // (once the background scoring has ended)
    fixtures.scored(documentId);
    MvcResult suggested =
        mvc.perform(get(base + "/documents/" + documentId + "/suggestions").with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].sentence").value(containsString(SPENDING)))
            .andExpect(jsonPath("$.items[0].state").value("OPEN"))
            .andExpect(jsonPath("$.items[0].reasons").value(hasItem(containsString("2.1 percent"))))
            .andReturn();
    long suggestionId = number(suggested, "$.items[0].id");
    int suggestedStart = (int) number(suggested, "$.items[0].start");
    assertThat(text.substring(suggestedStart)).startsWith("The minister said");
    // nothing like it has been checked in this workspace yet
    mvc.perform(get(base + "/similar-claims").param("text", SPENDING).with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));

    // --- claims: one anchored in the document, one by hand
    int start = text.indexOf(SPENDING);
    assertThat(start).isNotNegative();
    MvcResult anchored =
        mvc.perform(
                asJson(
                        post(base + "/claims"),
                        Map.of(
                            "documentId", documentId,
                            "start", start,
                            "end", start + SPENDING.length(),
                            "quote", SPENDING,
                            "claimant", "The minister"))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.wording").value(SPENDING))
            .andExpect(jsonPath("$.anchor.documentId").value(documentId))
            .andExpect(jsonPath("$.anchor.start").value(start))
            .andExpect(jsonPath("$.timeSeconds").value(22))
            .andExpect(jsonPath("$.status").value("NEW"))
            .andReturn();
    long claimId = number(anchored, "$.id");
    long version = number(anchored, "$.version");
    assertThat(anchored.getResponse().getHeader("Location")).endsWith(base + "/claims/" + claimId);

    MvcResult byHand =
        mvc.perform(
                asJson(
                        post(base + "/claims"),
                        Map.of("wording", "Recruitment targets were met", "tags", List.of("Army")))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.anchor").doesNotExist())
            .andExpect(jsonPath("$.tags[0]").value("army"))
            .andReturn();
    long handId = number(byHand, "$.id");

    mvc.perform(get(base + "/claims").param("documentId", "" + documentId).with(asEditor))
        .andExpect(jsonPath("$.items[*].id").value(contains((int) claimId)));
    mvc.perform(
            get(base + "/claims").param("q", "recruitment").param("sort", "id,desc").with(asEditor))
        .andExpect(jsonPath("$.items[*].id").value(contains((int) handId)));

    // --- edit with the version read; a stale version is a conflict
    String wording = "Defence spending rose to 2.1% of GDP in 2025";
    MvcResult edited =
        mvc.perform(
                asJson(
                        put(base + "/claims/" + claimId),
                        Map.of(
                            "wording",
                            wording,
                            "claimant",
                            "The minister",
                            "tags",
                            List.of("defence", "budget"),
                            "version",
                            version))
                    .with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.wording").value(wording))
            .andReturn();
    long current = number(edited, "$.version");
    assertThat(current).isGreaterThan(version);
    mvc.perform(
            asJson(
                    put(base + "/claims/" + claimId),
                    Map.of("wording", "Someone else's idea", "version", version))
                .with(asEditor))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.title").value("Edit conflict"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("version")))
        .andExpect(jsonPath("$.version").value(current))
        .andExpect(jsonPath("$.current.wording").value(wording));

    // --- evidence and discussion
    MvcResult source =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + claimId + "/sources"),
                        Map.of(
                            "url", "HTTPS://Stats.Example.org:443/defence?year=2025",
                            "title", "Defence expenditure 2025",
                            "publisher", "Statistics office",
                            "publishedOn", "2026-02-01",
                            "stance", "REFUTES",
                            "passage", "Defence spending was 1.9 percent of GDP.",
                            "figure", "1.9% of GDP",
                            "figureAsOf", "2025-12-31"))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.url").value("https://stats.example.org/defence?year=2025"))
            .andExpect(jsonPath("$.stance").value("REFUTES"))
            .andExpect(jsonPath("$.figureAsOf").value("2025-12-31"))
            .andReturn();
    long sourceId = number(source, "$.id");
    mvc.perform(get(source.getResponse().getHeader("Location")).with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(sourceId));
    long spare =
        number(
            mvc.perform(
                    asJson(
                            post(base + "/claims/" + claimId + "/sources"),
                            Map.of("url", "https://example.org/blog", "stance", "CONTEXT"))
                        .with(asEditor))
                .andExpect(status().isCreated())
                .andReturn(),
            "$.id");
    mvc.perform(delete(base + "/claims/" + claimId + "/sources/" + spare).with(asEditor))
        .andExpect(status().isNoContent());

    MvcResult note =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + claimId + "/notes"),
                        Map.of("body", "Check the **2025** figure <script>x</script>"))
                    .with(asEditor))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andExpect(jsonPath("$.html").value(org.hamcrest.Matchers.containsString("<strong>")))
            .andExpect(
                jsonPath("$.html")
                    .value(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script"))))
            .andReturn();
    mvc.perform(
            asJson(
                    put(base + "/claims/" + claimId + "/notes/" + number(note, "$.id")),
                    Map.of("body", "Checked: 1.9 percent.", "version", number(note, "$.version")))
                .with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.body").value("Checked: 1.9 percent."))
        .andExpect(jsonPath("$.editedAt").exists());

    // --- verdict from the workspace's scale, then to review
    MvcResult scale =
        mvc.perform(get(base + "/ratings").with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].position").value(1))
            .andReturn();
    List<Number> falseIds = read(scale, "$[?(@.label == 'Mostly false')].id");
    long mostlyFalse = falseIds.getFirst().longValue();
    MvcResult proposed =
        mvc.perform(
                asJson(
                        put(base + "/claims/" + claimId),
                        Map.of(
                            "wording",
                            wording,
                            "claimant",
                            "The minister",
                            "tags",
                            List.of("defence", "budget"),
                            "ratingId",
                            mostlyFalse,
                            "rationale",
                            "The statistics office puts it at 1.9 percent.",
                            "version",
                            current))
                    .with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.verdict.label").value("Mostly false"))
            .andExpect(jsonPath("$.review.verdictBy").value(editor.id()))
            .andReturn();

    mvc.perform(get(base + "/claims/" + claimId + "/transitions").with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(number(proposed, "$.version")))
        .andExpect(
            jsonPath("$.options[?(@.action == 'SEND_TO_REVIEW')].allowed").value(contains(true)));
    MvcResult sent =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + claimId + "/transitions"),
                        Map.of(
                            "action", "SEND_TO_REVIEW", "version", number(proposed, "$.version")))
                    .with(asEditor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("READY_FOR_REVIEW"))
            .andReturn();

    // --- the editor may not approve; the reviewer approves and publishes
    mvc.perform(
            asJson(
                    post(base + "/claims/" + claimId + "/transitions"),
                    Map.of("action", "APPROVE", "version", number(sent, "$.version")))
                .with(asEditor))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("Forbidden"))
        .andExpect(jsonPath("$.detail").value("Only reviewers and admins may do this: approve."));

    mvc.perform(get(base + "/claims/" + claimId + "/transitions").with(asReviewer))
        .andExpect(jsonPath("$.options[?(@.action == 'APPROVE')].allowed").value(contains(true)));
    MvcResult approved =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + claimId + "/transitions"),
                        Map.of("action", "APPROVE", "version", number(sent, "$.version")))
                    .with(asReviewer))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("APPROVED"))
            .andReturn();
    mvc.perform(
            asJson(
                    post(base + "/claims/" + claimId + "/transitions"),
                    Map.of("action", "PUBLISH", "version", number(approved, "$.version")))
                .with(asReviewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"));

    // --- the hand-written claim is dropped
    mvc.perform(delete(base + "/claims/" + handId).with(asEditor))
        .andExpect(status().isNoContent());
    mvc.perform(get(base + "/claims/" + handId).with(asEditor)).andExpect(status().isNotFound());

    // --- ClaimReview points to the public fact-check: without an address it is refused, naming the
    // claim
    mvc.perform(get(base + "/reports/claimreview").with(asEditor))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("#" + claimId)));
    mvc.perform(
            asJson(
                    put(base + "/claims/" + claimId + "/published-url"),
                    Map.of("url", "https://factcheck.example.org/2026/defence-budget"))
                .with(asEditor))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.publishedUrl").value("https://factcheck.example.org/2026/defence-budget"));

    // --- the published claim is in the ClaimReview report
    String report =
        mvc.perform(get(base + "/reports/claimreview").with(asEditor))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(report)
        .contains("\"ClaimReview\"")
        .contains(wording)
        .contains("Mostly false")
        .contains("https://factcheck.example.org/2026/defence-budget")
        .doesNotContain("Recruitment targets were met");

    // the claim over the suggested sentence accepted it
    mvc.perform(
            get(base + "/documents/" + documentId + "/suggestions/" + suggestionId).with(asEditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ACCEPTED"))
        .andExpect(jsonPath("$.claimId").isNumber());
  }

  @Test
  void a_reviewer_who_proposed_the_verdict_is_refused_by_the_four_eyes_rule_over_http()
      throws Exception {
    RequestPostProcessor proposer = httpBasic(reviewer.username(), Fixtures.PASSWORD);
    MvcResult claim =
        mvc.perform(
                asJson(post(base + "/claims"), Map.of("wording", "Inflation halved in a year"))
                    .with(proposer))
            .andExpect(status().isCreated())
            .andReturn();
    long id = number(claim, "$.id");
    long rating =
        ((Number) read(mvc.perform(get(base + "/ratings").with(proposer)).andReturn(), "$[0].id"))
            .longValue();
    MvcResult proposed =
        mvc.perform(
                asJson(
                        put(base + "/claims/" + id),
                        Map.of(
                            "wording",
                            "Inflation halved in a year",
                            "ratingId",
                            rating,
                            "rationale",
                            "The index fell from 8 to 4 percent.",
                            "version",
                            number(claim, "$.version")))
                    .with(proposer))
            .andReturn();
    MvcResult sent =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + id + "/transitions"),
                        Map.of(
                            "action", "SEND_TO_REVIEW", "version", number(proposed, "$.version")))
                    .with(proposer))
            .andExpect(status().isOk())
            .andReturn();

    mvc.perform(get(base + "/claims/" + id + "/transitions").with(proposer))
        .andExpect(
            jsonPath("$.options[?(@.action == 'APPROVE')].whyNot")
                .value(
                    contains(
                        "You proposed this verdict; another reviewer must approve it (four-eyes"
                            + " rule).")));
    mvc.perform(
            asJson(
                    post(base + "/claims/" + id + "/transitions"),
                    Map.of("action", "APPROVE", "version", number(sent, "$.version")))
                .with(proposer))
        .andExpect(status().isForbidden())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "You proposed this verdict; another reviewer must approve it (four-eyes"
                        + " rule)."));
  }

  @Test
  void a_dispute_is_opened_and_decided_through_transitions() throws Exception {
    UserSummary second = fixtures.user("api-reviewer2");
    fixtures.member(ws, second, Role.REVIEWER);
    RequestPostProcessor asSecond = httpBasic(second.username(), Fixtures.PASSWORD);
    MvcResult scale = mvc.perform(get(base + "/ratings").with(asEditor)).andReturn();
    long trueId = ((Number) read(scale, "$[0].id")).longValue();
    long falseId = ((Number) read(scale, "$[5].id")).longValue();
    MvcResult created =
        mvc.perform(
                asJson(post(base + "/claims"), Map.of("wording", "Unemployment is at 3%"))
                    .with(asEditor))
            .andReturn();
    long id = number(created, "$.id");
    MvcResult proposed =
        mvc.perform(
                asJson(
                        put(base + "/claims/" + id),
                        Map.of(
                            "wording",
                            "Unemployment is at 3%",
                            "ratingId",
                            trueId,
                            "rationale",
                            "The labour survey says 3.0%.",
                            "version",
                            number(created, "$.version")))
                    .with(asEditor))
            .andExpect(status().isOk())
            .andReturn();
    MvcResult sent =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + id + "/transitions"),
                        Map.of(
                            "action", "SEND_TO_REVIEW", "version", number(proposed, "$.version")))
                    .with(asEditor))
            .andReturn();

    MvcResult disputed =
        mvc.perform(
                asJson(
                        post(base + "/claims/" + id + "/transitions"),
                        Map.of(
                            "action",
                            "DISPUTE",
                            "ratingId",
                            falseId,
                            "reason",
                            "The survey is from last year.",
                            "version",
                            number(sent, "$.version")))
                    .with(asReviewer))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DISPUTED"))
            .andExpect(jsonPath("$.review.dispute.proposedVerdict.id").value(falseId))
            .andReturn();
    mvc.perform(get(base + "/claims/" + id + "/transitions").with(asReviewer))
        .andExpect(jsonPath("$.disputeDecision.allowed").value(false))
        .andExpect(jsonPath("$.disputeDecision.whyNot").isNotEmpty());
    mvc.perform(get(base + "/claims/" + id + "/transitions").with(asSecond))
        .andExpect(jsonPath("$.disputeDecision.allowed").value(true))
        .andExpect(jsonPath("$.disputeDecision.resolutions[1]").value("ADOPTED"));

    mvc.perform(
            asJson(
                    post(base + "/claims/" + id + "/transitions"),
                    Map.of(
                        "action", "RESOLVE_DISPUTE",
                        "resolution", "ADOPTED",
                        "reason", "The newer survey settles it.",
                        "version", number(disputed, "$.version")))
                .with(asSecond))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.verdict.id").value(falseId));
  }
}
