package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.matching.SimilarClaims;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The services' input rules, which the views rely on as much as the API: no control characters in
 * anything typed (refused naming the field, before PostgreSQL sees a NUL), an origin address that
 * is http or https like a source's, and text extracted from a file cleaned instead of refused.
 */
@IntegrationTest
class InputRulesTest {

  static final String NUL = "\u0000";

  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired RatingScale ratings;
  @Autowired ReviewService review;
  @Autowired DocumentService documents;
  @Autowired SimilarClaims matching;
  @Autowired WorkspaceService workspaces;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary admin;

  @BeforeEach
  void aWorkspaceWithAnEditorAndAnAdmin() {
    ws = fixtures.workspace("inputs");
    editor = fixtures.user("inputs-editor");
    admin = fixtures.user("inputs-admin");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, admin, Role.ADMIN);
  }

  private static void refusedNaming(String field, Runnable attempt) {
    assertThatThrownBy(attempt::run)
        .as(field)
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("control character")
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo(field));
  }

  private <T> T asEditor(Supplier<T> work) {
    return fixtures.as(editor, work);
  }

  @Test
  void a_control_character_in_anything_typed_is_refused_naming_the_field() {
    long w = ws.id();
    ClaimDetail claim = asEditor(() -> claims.create(w, NewClaim.byHand("Crime fell by 3%.")));
    ClaimEdit e = claim.toEdit();
    long claimsBefore = jdbc.sql("select count(*) from claim").query(Long.class).single();

    Map<String, Runnable> attempts = new LinkedHashMap<>();
    attempts.put("wording", () -> claims.create(w, NewClaim.byHand("Crime fell" + NUL)));
    attempts.put(
        "claimant",
        () ->
            claims.create(
                w, new NewClaim(null, null, null, null, "Crime fell.", "Mayor" + NUL, List.of())));
    attempts.put(
        "tags",
        () ->
            claims.create(
                w, new NewClaim(null, null, null, null, "Crime fell.", null, List.of("a\u0007"))));
    attempts.put(
        "rationale",
        () ->
            claims.update(
                w,
                claim.id(),
                new ClaimEdit(
                    e.wording(), null, null, List.of(), null, null, "Because\u001b", e.version())));
    attempts.put("note", () -> notes.addNote(w, claim.id(), "Call" + NUL));
    attempts.put(
        "title",
        () ->
            sources.addSource(
                w,
                claim.id(),
                new SourceInput(
                    "https://example.org/",
                    "Report" + NUL,
                    "",
                    null,
                    null,
                    "",
                    Stance.REFUTES,
                    "")));
    attempts.put(
        "passage",
        () ->
            sources.addSource(
                w,
                claim.id(),
                new SourceInput(
                    "https://example.org/", "", "", null, null, "\u0001", Stance.REFUTES, "")));
    attempts.put(
        "url",
        () ->
            sources.addSource(
                w,
                claim.id(),
                new SourceInput(
                    "https://example.org/" + NUL, "", "", null, null, "", Stance.REFUTES, "")));
    attempts.put(
        "reason",
        () ->
            review.transition(
                w, claim.id(), ReviewAction.WITHDRAW, "Duplicate" + NUL, claim.version()));
    for (var a : attempts.entrySet()) {
      if (a.getKey().equals("url")) {
        // the URL rule says more: spaces or control characters
        assertThatThrownBy(() -> asEditor(() -> run(a.getValue())))
            .isInstanceOf(ValidationFailedException.class)
            .hasMessageContaining("control characters");
        continue;
      }
      refusedNaming(a.getKey(), () -> asEditor(() -> run(a.getValue())));
    }

    // the searches and lists a view sends what a user typed into
    refusedNaming(
        "q",
        () ->
            asEditor(
                () ->
                    queries.search(
                        w, ClaimFilter.NONE.withText("crime" + NUL), PageRequest.of(0, 5))));
    refusedNaming(
        "claimant",
        () ->
            asEditor(
                () ->
                    queries.search(
                        w,
                        new ClaimFilter(null, null, NUL, null, null, null, null),
                        PageRequest.of(0, 5))));
    refusedNaming(
        "tag",
        () ->
            asEditor(
                () ->
                    queries.search(
                        w,
                        new ClaimFilter(null, null, null, NUL, null, null, null),
                        PageRequest.of(0, 5))));
    refusedNaming("claimant", () -> asEditor(() -> queries.claimantNames(w, NUL)));
    refusedNaming("title", () -> asEditor(() -> documents.list(w, NUL, PageRequest.of(0, 5))));
    refusedNaming("text", () -> asEditor(() -> matching.similar(w, "Crime" + NUL, null, 5)));

    // admins' inputs
    Verdict mixed =
        asEditor(() -> ratings.of(w)).stream()
            .filter(v -> v.label().equals("Mixed"))
            .findFirst()
            .orElseThrow();
    refusedNaming(
        "label",
        () ->
            fixtures.as(
                admin,
                () ->
                    ratings.update(
                        w,
                        new Verdict(
                            mixed.id(),
                            mixed.position(),
                            "Mixed" + NUL,
                            mixed.colour(),
                            mixed.description(),
                            mixed.onScale(),
                            mixed.version()))));
    refusedNaming(
        "username",
        () -> fixtures.as(admin, () -> workspaces.setMember(w, "editor" + NUL, Role.VIEWER)));
    refusedNaming(
        "name", () -> system.runAs("admin", () -> workspaces.create("Desk" + NUL, "", "")));
    refusedNaming(
        "description",
        () -> system.runAs("admin", () -> workspaces.update(w, null, "\u0002", null)));

    assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single())
        .isEqualTo(claimsBefore);
    assertThat(asEditor(() -> queries.detail(w, claim.id())).notes()).isEmpty();
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }

  @Test
  void a_document_s_metadata_follows_the_same_rules_and_its_origin_those_of_a_source() {
    long w = ws.id();
    for (String hostile :
        List.of("javascript:alert(1)", "data:text/html,x", "/relative", "https://exa mple.org/")) {
      assertThatThrownBy(
              () ->
                  asEditor(
                      () ->
                          documents.importText(
                              w,
                              new DocumentMetadata("T", hostile, "", "", null, "en"),
                              "Turnout was 71%.")))
          .as(hostile)
          .isInstanceOf(ValidationFailedException.class)
          .satisfies(
              e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("originUrl"));
      assertThatThrownBy(
              () ->
                  asEditor(
                      () ->
                          documents.importFile(
                              w,
                              new DocumentMetadata("T", hostile, "", "", null, "en"),
                              "Turnout was 71%.".getBytes(StandardCharsets.UTF_8),
                              "a.txt")))
          .isInstanceOf(ValidationFailedException.class)
          .satisfies(
              e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("originUrl"));
    }
    refusedNaming(
        "title",
        () ->
            asEditor(
                () ->
                    documents.importText(
                        w, DocumentMetadata.titled("Budget" + NUL), "Turnout was 71%.")));
    refusedNaming(
        "outlet",
        () ->
            asEditor(
                () ->
                    documents.importText(
                        w,
                        new DocumentMetadata("T", "", "Desk\u0007", "", null, "en"),
                        "Turnout was 71%.")));
    assertThatThrownBy(
            () ->
                asEditor(
                    () ->
                        documents.importText(
                            w,
                            new DocumentMetadata("T", "", "", "", null, "a language"),
                            "Turnout was 71%.")))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("language"));
    assertThat(
            jdbc.sql("select count(*) from document where workspace_id = ?")
                .param(w)
                .query(Long.class)
                .single())
        .isZero();

    DocumentSummary fine =
        asEditor(
            () ->
                documents.importText(
                    w,
                    new DocumentMetadata(
                        "Briefing", " HTTPS://Example.org:443/b ", "", "", null, "pt-BR"),
                    "Turnout was 71%."));
    assertThat(fine.originUrl()).isEqualTo("https://example.org/b");
    assertThat(fine.language()).isEqualTo("pt-BR");
  }

  @Test
  void control_characters_in_an_imported_text_are_cleaned_not_refused() {
    String transcript =
        "00:10 Page one says turnout was 71%.\u0007\n"
            + "00:20 Page two\u001b says 68%,\f the minister said.\n"
            + "00:30 Defence spending rose to 2.1% of GDP.\n".repeat(10);
    DocumentSummary uploaded =
        asEditor(
            () ->
                documents.importFile(
                    ws.id(),
                    DocumentMetadata.titled("Transcript"),
                    transcript.getBytes(StandardCharsets.UTF_8),
                    "notes\u0001.txt"));
    DocumentSummary pasted =
        asEditor(
            () ->
                documents.importText(
                    ws.id(), DocumentMetadata.titled("Pasted"), "Turnout\u0000 was\u0007 71%."));

    for (DocumentSummary doc : List.of(uploaded, pasted)) {
      var stored = asEditor(() -> documents.get(ws.id(), doc.id()));
      assertThat(org.factbench.base.ControlCharacters.firstIn(stored.text()))
          .as(doc.title())
          .isEqualTo(-1);
      for (var mark : stored.timeMarks()) {
        assertThat(mark.offset()).isBetween(0, stored.text().length());
      }
    }
    assertThat(asEditor(() -> documents.get(ws.id(), uploaded.id())).timeMarks()).isNotEmpty();
    assertThat(asEditor(() -> documents.get(ws.id(), pasted.id())).text())
        .contains("Turnout")
        .contains("71%");
    assertThat(uploaded.fileName()).isEqualTo("notes .txt");
  }
}
