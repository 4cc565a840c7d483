package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ClaimServiceTest {

  static final String TEXT =
      "00:05 Host: Good evening and welcome to the debate on defence.\n"
          + "00:22 Senator Hale: Our defence budget doubled in two years.\n"
          + "1:07:30 Minister Varga: Unemployment fell to four percent.";
  static final String DOUBLED = "Our defence budget doubled in two years";
  static final String UNEMPLOYMENT = "Unemployment fell to four percent";

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired ReviewService review;
  @Autowired DocumentService documents;
  @Autowired RatingScale ratings;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  WorkspaceSummary ws;
  WorkspaceSummary elsewhere;
  UserSummary editorA;
  UserSummary editorB;
  UserSummary viewer;
  UserSummary reader;
  UserSummary wsAdmin;
  UserSummary outsider;
  DocumentSummary doc;

  @BeforeEach
  void aWorkspaceWithATranscript() {
    ws = fixtures.workspace("claims");
    elsewhere = fixtures.workspace("claims-elsewhere");
    editorA = fixtures.user("editor-a");
    editorB = fixtures.user("editor-b");
    viewer = fixtures.user("claim-viewer");
    reader = fixtures.user("claim-reader");
    wsAdmin = fixtures.user("ws-admin");
    outsider = fixtures.user("claim-outsider");
    fixtures.member(ws, editorA, Role.EDITOR);
    fixtures.member(ws, editorB, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(ws, reader, Role.REVIEWER);
    fixtures.member(ws, wsAdmin, Role.ADMIN);
    fixtures.member(elsewhere, outsider, Role.ADMIN);
    doc =
        fixtures.as(
            editorA,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Defence debate"), TEXT));
  }

  // ---------------------------------------------------------------- creating

  @Test
  void a_claim_from_a_transcript_sentence_takes_its_speaker_as_claimant_unless_one_is_given() {
    int start = TEXT.indexOf(DOUBLED);
    ClaimDetail byDefault =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    NewClaim.fromSelection(doc.id(), start, start + DOUBLED.length(), DOUBLED)));
    assertThat(byDefault.claimant()).isEqualTo("Senator Hale");

    int other = TEXT.indexOf(UNEMPLOYMENT);
    ClaimDetail given =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    new NewClaim(
                        doc.id(),
                        other,
                        other + UNEMPLOYMENT.length(),
                        UNEMPLOYMENT,
                        UNEMPLOYMENT,
                        "The ministry",
                        List.of())));
    assertThat(given.claimant()).isEqualTo("The ministry");
  }

  @Test
  void a_claim_from_a_selection_keeps_its_anchor_and_the_time_it_was_said() {
    int start = TEXT.indexOf(DOUBLED);

    ClaimDetail claim = mark(editorA, DOUBLED);

    Anchor anchor = claim.anchor();
    assertThat(anchor).isNotNull();
    assertThat(anchor.documentId()).isEqualTo(doc.id());
    assertThat(anchor.start()).isEqualTo(start);
    assertThat(anchor.end()).isEqualTo(start + DOUBLED.length());
    assertThat(anchor.quote()).isEqualTo(DOUBLED);
    assertThat(anchor.prefix()).isEqualTo(TEXT.substring(start - Anchor.CONTEXT, start));
    assertThat(anchor.suffix())
        .isEqualTo(
            TEXT.substring(start + DOUBLED.length(), start + DOUBLED.length() + Anchor.CONTEXT));
    assertThat(anchor.matches(TEXT)).isTrue();
    assertThat(claim.timeSeconds()).as("00:22").isEqualTo(22);
    assertThat(claim.wording()).isEqualTo(DOUBLED);
    assertThat(claim.documentTitle()).isEqualTo("Defence debate");
    assertThat(claim.status()).isEqualTo(ClaimStatus.NEW);
    assertThat(claim.createdBy()).isEqualTo(editorA.id());
    assertThat(claim.deleted()).isFalse();
    assertThat(actions(claim.id())).containsExactly("created");

    // read back fresh, as someone else sees it
    ClaimDetail read = fixtures.as(reader, () -> queries.detail(ws.id(), claim.id()));
    assertThat(read.anchor()).isEqualTo(anchor);
    assertThat(mark(editorA, UNEMPLOYMENT).timeSeconds()).as("1:07:30").isEqualTo(4050);
    assertThat(fixtures.as(reader, () -> queries.highlights(ws.id(), doc.id())))
        .extracting(ClaimHighlight::claimId, ClaimHighlight::start, ClaimHighlight::end)
        .contains(org.assertj.core.groups.Tuple.tuple(claim.id(), start, anchor.end()));
  }

  @Test
  void a_selection_that_does_not_match_the_stored_text_is_refused_and_nothing_is_written() {
    int start = TEXT.indexOf(DOUBLED);
    int end = start + DOUBLED.length();
    long claimsBefore = claimCount();
    long historyBefore = historyCount();

    List<NewClaim> wrong =
        List.of(
            NewClaim.fromSelection(doc.id(), start, end, "Our defence budget tripled in two years"),
            NewClaim.fromSelection(doc.id(), start + 1, end + 1, DOUBLED),
            NewClaim.fromSelection(doc.id(), -1, end, DOUBLED),
            NewClaim.fromSelection(doc.id(), start, TEXT.length() + 1, DOUBLED),
            NewClaim.fromSelection(doc.id(), end, start, DOUBLED),
            NewClaim.fromSelection(doc.id(), start, start, ""),
            new NewClaim(doc.id(), start, end, null, DOUBLED, null, List.of()),
            new NewClaim(doc.id(), null, end, DOUBLED, DOUBLED, null, List.of()));
    for (NewClaim input : wrong) {
      assertThatThrownBy(() -> fixtures.as(editorA, () -> claims.create(ws.id(), input)))
          .as(input.toString())
          .isInstanceOf(ValidationFailedException.class)
          .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("select"));
    }
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorA,
                    () ->
                        claims.create(
                            ws.id(),
                            NewClaim.fromSelection(doc.id(), start, end, "Our defence budget"))))
        .hasMessage("The selection does not match the document's text. Select the passage again.");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorA,
                    () ->
                        claims.create(
                            ws.id(),
                            NewClaim.fromSelection(doc.id(), start, TEXT.length() + 5, DOUBLED))))
        .hasMessageContaining("outside the document's text");

    assertThat(claimCount()).isEqualTo(claimsBefore);
    assertThat(historyCount()).isEqualTo(historyBefore);
  }

  @Test
  void a_claim_can_be_written_by_hand_without_a_document() {
    ClaimDetail claim =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    new NewClaim(
                        null,
                        null,
                        null,
                        null,
                        "  The   navy  has forty ships. ",
                        " Admiral Reed ",
                        List.of("Navy", " Fleet Size ", "navy"))));

    assertThat(claim.anchor()).isNull();
    assertThat(claim.documentTitle()).isNull();
    assertThat(claim.timeSeconds()).isNull();
    assertThat(claim.wording()).isEqualTo("The navy has forty ships.");
    assertThat(claim.claimant()).isEqualTo("Admiral Reed");
    assertThat(claim.tags()).containsExactly("navy", "fleet-size");
    assertThat(fixtures.as(reader, () -> queries.claimantNames(ws.id(), "adm")))
        .containsExactly("Admiral Reed");
    assertThat(searchIds(ClaimFilter.NONE)).contains(claim.id());

    assertThatThrownBy(
            () -> fixtures.as(editorA, () -> claims.create(ws.id(), NewClaim.byHand(" "))))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("wording"));
  }

  // ---------------------------------------------------------------- editing

  @Test
  void each_changed_field_is_recorded_in_the_history() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    Verdict falseVerdict = verdict("False");

    ClaimDetail saved =
        fixtures.as(
            editorA,
            () ->
                claims.update(
                    ws.id(),
                    claim.id(),
                    new ClaimEdit(
                        "The defence budget doubled between 2024 and 2026.",
                        "Senator Jo Hale",
                        claim.timeSeconds(),
                        List.of("Defence", "budget"),
                        null,
                        falseVerdict.id(),
                        "The budget grew by a fifth, not a half.",
                        claim.version())));

    assertThat(saved.wording()).isEqualTo("The defence budget doubled between 2024 and 2026.");
    assertThat(claim.claimant()).as("the speaker of the transcript line").isEqualTo("Senator Hale");
    assertThat(saved.claimant()).isEqualTo("Senator Jo Hale");
    assertThat(saved.tags()).containsExactly("defence", "budget");
    assertThat(saved.status()).isEqualTo(ClaimStatus.NEW);
    assertThat(saved.verdict().label()).isEqualTo("False");
    assertThat(saved.rationale()).isEqualTo("The budget grew by a fifth, not a half.");
    assertThat(saved.version()).isGreaterThan(claim.version());
    assertThat(saved.updatedBy()).isEqualTo(editorA.id());
    assertThat(saved.anchor()).as("the anchor never changes").isEqualTo(claim.anchor());

    List<HistoryEntry> timeline = timeline(claim.id());
    assertThat(timeline)
        .extracting(HistoryEntry::action)
        .containsExactly(
            "created",
            "wording changed",
            "claimant changed",
            "tags changed",
            "rationale changed",
            "verdict changed");
    assertThat(timeline).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(editorA.id()));
    assertThat(entry(timeline, "wording changed"))
        .extracting(HistoryEntry::before, HistoryEntry::after)
        .containsExactly(DOUBLED, "The defence budget doubled between 2024 and 2026.");
    assertThat(entry(timeline, "claimant changed"))
        .extracting(HistoryEntry::before, HistoryEntry::after)
        .containsExactly("Senator Hale", "Senator Jo Hale");
    assertThat(entry(timeline, "tags changed").after()).contains("defence").contains("budget");
    assertThat(entry(timeline, "rationale changed").after())
        .isEqualTo("The budget grew by a fifth, not a half.");
    assertThat(entry(timeline, "verdict changed"))
        .extracting(HistoryEntry::before, HistoryEntry::after)
        .containsExactly(null, "False");

    // saving again without a change writes nothing and keeps the version
    ClaimDetail unchanged =
        fixtures.as(editorA, () -> claims.update(ws.id(), claim.id(), saved.toEdit()));
    assertThat(unchanged.version()).isEqualTo(saved.version());
    assertThat(timeline(claim.id())).hasSize(6);
  }

  @Test
  void the_time_position_and_the_assignee_changes_are_recorded_and_checked() {
    ClaimDetail claim = mark(editorA, DOUBLED);

    ClaimDetail saved =
        fixtures.as(
            editorA,
            () ->
                claims.update(
                    ws.id(),
                    claim.id(),
                    new ClaimEdit(
                        claim.wording(),
                        claim.claimant(),
                        30,
                        List.of(),
                        editorB.id(),
                        null,
                        "",
                        claim.version())));
    assertThat(saved.timeSeconds()).isEqualTo(30);
    assertThat(saved.assigneeId()).isEqualTo(editorB.id());
    assertThat(actions(claim.id()))
        .containsExactly("created", "time position changed", "assignee changed");

    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorA,
                    () ->
                        claims.update(
                            ws.id(), claim.id(), withAssignee(saved.toEdit(), outsider.id()))))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("assignee"));
    assertThat(detail(editorA, claim.id()).assigneeId()).isEqualTo(editorB.id());
  }

  @Test
  void when_two_editors_save_the_same_version_the_second_gets_a_conflict_and_nothing_is_lost() {
    ClaimDetail created = mark(editorA, DOUBLED);
    ClaimDetail seenByA = detail(editorA, created.id());
    ClaimDetail seenByB = detail(editorB, created.id());
    assertThat(seenByB.version()).isEqualTo(seenByA.version());
    long v = seenByA.version();

    ClaimDetail savedByA =
        fixtures.as(
            editorA,
            () ->
                claims.update(
                    ws.id(),
                    created.id(),
                    withWording(seenByA.toEdit(), "Senator Hale says the budget doubled.")));
    assertThat(savedByA.version()).isGreaterThan(v);

    Throwable thrown =
        catchThrowable(
            () ->
                fixtures.as(
                    editorB,
                    () ->
                        claims.update(
                            ws.id(),
                            created.id(),
                            withRationale(
                                seenByB.toEdit(), "Budget figures: +21% over two years."))));

    assertThat(thrown).isInstanceOf(EditConflictException.class);
    ClaimDetail current = ((EditConflictException) thrown).current();
    assertThat(current.wording()).isEqualTo("Senator Hale says the budget doubled.");
    assertThat(current.version()).isEqualTo(savedByA.version());
    assertThat(current.rationale()).as("B's change was not saved over A's").isEmpty();
    assertThat(detail(editorB, created.id()).rationale()).isEmpty();
    assertThat(detail(editorB, created.id()).wording())
        .as("A's change survived B's attempt")
        .isEqualTo("Senator Hale says the budget doubled.");

    // B reapplies the change on the claim as it is now
    ClaimDetail savedByB =
        fixtures.as(
            editorB,
            () ->
                claims.update(
                    ws.id(),
                    created.id(),
                    withRationale(current.toEdit(), "Budget figures: +21% over two years.")));

    ClaimDetail finalState = detail(reader, created.id());
    assertThat(finalState.wording()).isEqualTo("Senator Hale says the budget doubled.");
    assertThat(finalState.rationale()).isEqualTo("Budget figures: +21% over two years.");
    assertThat(finalState.version()).isEqualTo(savedByB.version()).isGreaterThan(current.version());
    assertThat(timeline(created.id()))
        .extracting(HistoryEntry::action, HistoryEntry::actorId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("created", editorA.id()),
            org.assertj.core.groups.Tuple.tuple("wording changed", editorA.id()),
            org.assertj.core.groups.Tuple.tuple("rationale changed", editorB.id()));
  }

  // ---------------------------------------------------------------- sources

  @Test
  void unsafe_or_malformed_source_addresses_are_refused_for_the_url_field() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    long historyBefore = historyCount();
    List<String> refused =
        List.of(
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "/x",
            "ftp://example.org/budget.csv",
            "https://example.org/" + "a".repeat(2100),
            "https://example.org/defence budget",
            "https://example .org/");

    for (String url : refused) {
      assertThatThrownBy(
              () -> fixtures.as(editorA, () -> sources.addSource(ws.id(), claim.id(), source(url))))
          .as(url.length() > 60 ? url.substring(0, 60) + "..." : url)
          .isInstanceOf(ValidationFailedException.class)
          .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("url"));
    }

    assertThat(detail(editorA, claim.id()).sources()).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from source where claim_id = ?")
                .param(claim.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(historyCount()).isEqualTo(historyBefore);
  }

  @Test
  void a_valid_source_is_stored_normalised_and_adding_and_removing_it_are_recorded() {
    ClaimDetail claim = mark(editorA, DOUBLED);

    Evidence added =
        fixtures.as(
            editorA,
            () ->
                sources.addSource(
                    ws.id(),
                    claim.id(),
                    new SourceInput(
                        "  HTTPS://Stats.Example.ORG:443/Budget/2026?Table=3#Row-2 ",
                        " Defence budget 2026 ",
                        "Statistics office",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 11, 21),
                        "Spending rose 21% over two years.",
                        Stance.REFUTES,
                        "Official figures.")));

    String normalised = "https://stats.example.org/Budget/2026?Table=3#Row-2";
    assertThat(added.url()).isEqualTo(normalised);
    assertThat(added.title()).isEqualTo("Defence budget 2026");
    assertThat(added.stance()).isEqualTo(Stance.REFUTES);
    assertThat(
            jdbc.sql("select url from source where id = ?")
                .param(added.id())
                .query(String.class)
                .single())
        .isEqualTo(normalised);
    assertThat(detail(reader, claim.id()).sources())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(added.id());
              assertThat(e.url()).isEqualTo(normalised);
              assertThat(e.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
              assertThat(e.passage()).isEqualTo("Spending rose 21% over two years.");
            });

    fixtures.as(editorB, () -> sources.removeSource(ws.id(), claim.id(), added.id()));

    assertThat(detail(reader, claim.id()).sources()).isEmpty();
    List<HistoryEntry> timeline = timeline(claim.id());
    assertThat(timeline)
        .extracting(HistoryEntry::action)
        .containsExactly("created", "source added", "source removed");
    HistoryEntry addedEntry = entry(timeline, "source added");
    assertThat(addedEntry.subjectType()).isEqualTo("source");
    assertThat(addedEntry.subjectId()).isEqualTo(added.id());
    assertThat(addedEntry.actorId()).isEqualTo(editorA.id());
    assertThat(addedEntry.after()).isEqualTo("Refutes: " + normalised);
    HistoryEntry removedEntry = entry(timeline, "source removed");
    assertThat(removedEntry.actorId()).isEqualTo(editorB.id());
    assertThat(removedEntry.before()).isEqualTo(normalised);

    assertThatThrownBy(
            () -> fixtures.as(editorA, () -> sources.removeSource(ws.id(), claim.id(), added.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_source_without_a_stance_is_refused() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorA,
                    () ->
                        sources.addSource(
                            ws.id(),
                            claim.id(),
                            new SourceInput(
                                "https://example.org/", "", "", null, null, "", null, ""))))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("stance"));
    assertThat(detail(editorA, claim.id()).sources()).isEmpty();
  }

  /**
   * What the demo data does when it seeds its briefing, all inside one transaction: add a source,
   * read the claim, save an edit made on the version just read.
   */
  @Test
  void a_claim_read_after_adding_a_source_can_be_saved_within_the_same_transaction() {
    ClaimDetail saved =
        fixtures.as(
            editorA,
            () ->
                tx.execute(
                    status -> {
                      ClaimDetail claim =
                          claims.create(ws.id(), NewClaim.byHand("The budget doubled."));
                      sources.addSource(ws.id(), claim.id(), source("https://example.org/budget"));
                      ClaimDetail current = queries.detail(ws.id(), claim.id());
                      return claims.update(
                          ws.id(), claim.id(), withRationale(current.toEdit(), "Checked."));
                    }));

    assertThat(saved.rationale()).isEqualTo("Checked.");
    assertThat(saved.sources()).hasSize(1);
  }

  // ---------------------------------------------------------------- notes

  @Test
  void only_the_author_of_a_note_may_edit_it() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    NoteView note =
        fixtures.as(
            editorA, () -> notes.addNote(ws.id(), claim.id(), "  Ask the ministry for data. "));
    assertThat(note.body()).isEqualTo("Ask the ministry for data.");
    assertThat(note.authorId()).isEqualTo(editorA.id());
    assertThat(note.editedAt()).isNull();

    NoteView edited =
        fixtures.as(
            editorA,
            () ->
                notes.editNote(
                    ws.id(),
                    claim.id(),
                    note.id(),
                    "Asked the ministry on Monday.",
                    note.version()));
    assertThat(edited.body()).isEqualTo("Asked the ministry on Monday.");
    assertThat(edited.editedAt()).isNotNull();

    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorB,
                    () ->
                        notes.editNote(
                            ws.id(), claim.id(), note.id(), "Rewritten by B.", edited.version())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editorA,
                    () ->
                        notes.editNote(
                            ws.id(), claim.id(), note.id(), "From a stale copy.", note.version())))
        .as("an edit of an old version")
        .isInstanceOf(OptimisticLockingFailureException.class);

    assertThat(detail(reader, claim.id()).notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.body()).isEqualTo("Asked the ministry on Monday.");
              assertThat(n.authorId()).isEqualTo(editorA.id());
            });
    assertThat(actions(claim.id())).containsExactly("created", "note added", "note edited");
  }

  @Test
  void a_note_is_shown_as_markdown_without_anything_active() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    fixtures.as(
        editorA,
        () ->
            notes.addNote(
                ws.id(),
                claim.id(),
                "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))"));

    String html = detail(reader, claim.id()).notes().get(0).html();

    assertThat(html)
        .doesNotContain("<img")
        .doesNotContain("javascript:")
        .contains("<strong>bold</strong>");
    // the raw tag is shown as escaped text, so "onerror" appears only as inert characters
    assertThat(html).contains("&lt;img").doesNotContainPattern("<[^>]*onerror");
    var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
    assertThat(body.select("img, script, [onerror], [href^=javascript]")).isEmpty();
  }

  @Test
  void an_empty_note_is_refused() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    assertThatThrownBy(() -> fixtures.as(editorA, () -> notes.addNote(ws.id(), claim.id(), " \n")))
        .isInstanceOf(ValidationFailedException.class);
    assertThat(detail(editorA, claim.id()).notes()).isEmpty();
  }

  // ---------------------------------------------------------------- finding

  @Test
  void full_text_search_finds_claims_by_their_wording_quote_or_rationale() {
    ClaimDetail byWording = byHand(editorA, "The defence budget doubled in two years.");
    ClaimDetail byQuote =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    new NewClaim(
                        doc.id(),
                        TEXT.indexOf(UNEMPLOYMENT),
                        TEXT.indexOf(UNEMPLOYMENT) + UNEMPLOYMENT.length(),
                        UNEMPLOYMENT,
                        "Minister Varga on the labour market",
                        null,
                        List.of())));
    ClaimDetail byRationale = byHand(editorA, "Schools got fewer teachers.");
    fixtures.as(
        editorA,
        () ->
            claims.update(
                ws.id(),
                byRationale.id(),
                withRationale(byRationale.toEdit(), "The auditors counted 300 more teachers.")));

    assertThat(searchIds(ClaimFilter.NONE.withText("budgets")))
        .as("stemming: budgets finds budget")
        .containsExactly(byWording.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("unemployment")))
        .as("a word only in the quote")
        .containsExactly(byQuote.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("auditor")))
        .as("a word only in the rationale")
        .containsExactly(byRationale.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("teachers")))
        .containsExactlyInAnyOrder(byRationale.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("submarines"))).isEmpty();
    assertThat(searchIds(ClaimFilter.NONE.withText("\"labour market\" -budget")))
        .containsExactly(byQuote.id());
    assertThat(searchIds(ClaimFilter.NONE))
        .containsExactlyInAnyOrder(byWording.id(), byQuote.id(), byRationale.id());
  }

  @Test
  void filters_by_status_tag_claimant_and_document_narrow_the_list() {
    ClaimDetail hale =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    new NewClaim(
                        doc.id(),
                        TEXT.indexOf(DOUBLED),
                        TEXT.indexOf(DOUBLED) + DOUBLED.length(),
                        DOUBLED,
                        DOUBLED,
                        "Senator Hale",
                        List.of("Defence"))));
    ClaimDetail varga =
        fixtures.as(
            editorA,
            () ->
                claims.create(
                    ws.id(),
                    new NewClaim(
                        null,
                        null,
                        null,
                        null,
                        "Jobs are up.",
                        "Minister Varga",
                        List.of("economy"))));
    fixtures.as(
        editorA,
        () ->
            review.transition(
                ws.id(), varga.id(), ReviewAction.START_RESEARCH, null, varga.version()));

    assertThat(
            searchIds(new ClaimFilter(ClaimStatus.IN_RESEARCH, null, null, null, null, null, null)))
        .containsExactly(varga.id());
    assertThat(searchIds(new ClaimFilter(ClaimStatus.NEW, null, null, null, null, null, null)))
        .containsExactly(hale.id());
    assertThat(searchIds(new ClaimFilter(null, null, null, " Defence ", null, null, null)))
        .containsExactly(hale.id());
    assertThat(searchIds(new ClaimFilter(null, null, null, "economy", null, null, null)))
        .containsExactly(varga.id());
    assertThat(searchIds(new ClaimFilter(null, null, "senator hale", null, null, null, null)))
        .containsExactly(hale.id());
    assertThat(
            searchIds(new ClaimFilter(null, null, "Minister Varga", "defence", null, null, null)))
        .isEmpty();
    assertThat(searchIds(ClaimFilter.NONE.withDocument(doc.id()))).containsExactly(hale.id());

    ClaimRow row =
        fixtures
            .as(
                reader,
                () ->
                    queries.search(
                        ws.id(),
                        new ClaimFilter(null, null, "Senator Hale", null, null, null, null),
                        PageRequest.of(0, 20)))
            .getContent()
            .getFirst();
    assertThat(row.claimant()).isEqualTo("Senator Hale");
    assertThat(row.quote()).isEqualTo(DOUBLED);
    assertThat(row.documentTitle()).isEqualTo("Defence debate");
    assertThat(row.timeSeconds()).isEqualTo(22);
    assertThat(row.tags()).containsExactly("defence");
  }

  // ---------------------------------------------------------------- deleting

  @Test
  void a_deleted_claim_disappears_and_only_a_workspace_admin_can_restore_it() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    assertThat(highlightIds()).contains(claim.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("doubled"))).contains(claim.id());

    fixtures.as(editorB, () -> claims.delete(ws.id(), claim.id()));

    assertThat(searchIds(ClaimFilter.NONE)).doesNotContain(claim.id());
    assertThat(searchIds(ClaimFilter.NONE.withText("doubled"))).doesNotContain(claim.id());
    assertThat(highlightIds()).doesNotContain(claim.id());
    assertThatThrownBy(() -> detail(reader, claim.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("The claim was not found.");
    assertThatThrownBy(
            () -> fixtures.as(editorA, () -> claims.update(ws.id(), claim.id(), claim.toEdit())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(editorA, () -> notes.addNote(ws.id(), claim.id(), "Hi")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(editorA, () -> claims.delete(ws.id(), claim.id())))
        .isInstanceOf(NotFoundException.class);

    for (UserSummary notAdmin : List.of(editorA, editorB, viewer)) {
      assertThatThrownBy(() -> fixtures.as(notAdmin, () -> claims.restore(ws.id(), claim.id())))
          .as(notAdmin.username())
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> detail(reader, claim.id())).isInstanceOf(NotFoundException.class);

    ClaimDetail restored = fixtures.as(wsAdmin, () -> claims.restore(ws.id(), claim.id()));

    assertThat(restored.deleted()).isFalse();
    assertThat(restored.anchor()).isEqualTo(claim.anchor());
    assertThat(detail(reader, claim.id()).wording()).isEqualTo(DOUBLED);
    assertThat(searchIds(ClaimFilter.NONE)).contains(claim.id());
    assertThat(highlightIds()).contains(claim.id());
    assertThat(timeline(claim.id()))
        .extracting(HistoryEntry::action, HistoryEntry::actorId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("created", editorA.id()),
            org.assertj.core.groups.Tuple.tuple("deleted", editorB.id()),
            org.assertj.core.groups.Tuple.tuple("restored", wsAdmin.id()));
  }

  // ---------------------------------------------------------------- who may do what

  @Test
  void a_member_of_another_workspace_cannot_reach_the_claims_here_through_any_method() {
    ClaimDetail ours = mark(editorA, DOUBLED);
    Evidence ourSource =
        fixtures.as(
            editorA,
            () -> sources.addSource(ws.id(), ours.id(), source("https://example.org/ours")));
    NoteView ourNote = fixtures.as(editorA, () -> notes.addNote(ws.id(), ours.id(), "Ours."));
    ClaimDetail before = detail(editorA, ours.id());
    long claimsBefore = claimCount();
    ClaimDetail theirs = byHand(outsider, elsewhere, "Their own claim.");
    long w = ws.id();
    long e = elsewhere.id();
    long id = ours.id();
    int start = TEXT.indexOf(DOUBLED);

    List<ThrowingCallable> aimedAtThisWorkspace =
        List.of(
            () -> queries.search(w, ClaimFilter.NONE, PageRequest.of(0, 20)),
            () -> queries.detail(w, id),
            () -> queries.highlights(w, doc.id()),
            () -> queries.claimantNames(w, ""),
            () -> claims.create(w, NewClaim.byHand("Planted.")),
            () -> claims.create(w, NewClaim.fromSelection(doc.id(), start, start + 3, "Our")),
            () -> claims.update(w, id, withWording(before.toEdit(), "Changed.")),
            () -> claims.delete(w, id),
            () -> claims.restore(w, id),
            () -> sources.addSource(w, id, source("https://example.org/planted")),
            () -> sources.removeSource(w, id, ourSource.id()),
            () -> notes.addNote(w, id, "Planted."),
            () -> notes.editNote(w, id, ourNote.id(), "Changed.", ourNote.version()));
    List<ThrowingCallable> throughTheirOwnWorkspace =
        List.of(
            () -> queries.detail(e, id),
            () -> claims.create(e, NewClaim.fromSelection(doc.id(), start, start + 3, "Our")),
            () -> claims.update(e, id, withWording(before.toEdit(), "Changed.")),
            () -> claims.delete(e, id),
            () -> claims.restore(e, id),
            () -> sources.addSource(e, id, source("https://example.org/planted")),
            () -> sources.removeSource(e, id, ourSource.id()),
            () -> sources.removeSource(e, theirs.id(), ourSource.id()),
            () -> notes.addNote(e, id, "Planted."),
            () -> notes.editNote(e, id, ourNote.id(), "Changed.", ourNote.version()),
            () -> notes.editNote(e, theirs.id(), ourNote.id(), "Changed.", ourNote.version()));

    List<ThrowingCallable> all = new ArrayList<>(aimedAtThisWorkspace);
    all.addAll(throughTheirOwnWorkspace);
    for (int i = 0; i < all.size(); i++) {
      ThrowingCallable operation = all.get(i);
      assertThatThrownBy(() -> fixtures.as(outsider, () -> call(operation)))
          .as("operation %d", i)
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(fixtures.as(outsider, () -> queries.highlights(e, doc.id()))).isEmpty();
    assertThat(
            fixtures
                .as(
                    outsider,
                    () ->
                        queries.search(
                            e, ClaimFilter.NONE.withDocument(doc.id()), PageRequest.of(0, 20)))
                .getContent())
        .isEmpty();
    assertThat(
            fixtures
                .as(outsider, () -> queries.search(e, ClaimFilter.NONE, PageRequest.of(0, 20)))
                .getContent())
        .extracting(ClaimRow::id)
        .containsExactly(theirs.id());

    ClaimDetail after = detail(editorA, ours.id());
    assertThat(after).isEqualTo(before);
    assertThat(claimCount()).isEqualTo(claimsBefore);
  }

  @Test
  void a_viewer_sees_no_unpublished_claim_and_every_change_is_refused() {
    ClaimDetail claim = mark(editorA, DOUBLED);
    Evidence src =
        fixtures.as(
            editorA,
            () -> sources.addSource(ws.id(), claim.id(), source("https://example.org/seen")));
    NoteView note = fixtures.as(editorA, () -> notes.addNote(ws.id(), claim.id(), "Seen."));
    ClaimDetail before = detail(reader, claim.id());
    long historyBefore = historyCount();
    long w = ws.id();
    long id = claim.id();
    int start = TEXT.indexOf(DOUBLED);

    assertThat(before.sources()).hasSize(1);
    assertThat(before.notes()).hasSize(1);
    // the claim is new: a viewer neither lists, highlights nor opens it, nor reads its history
    assertThat(
            fixtures
                .as(viewer, () -> queries.search(w, ClaimFilter.NONE, PageRequest.of(0, 20)))
                .getContent())
        .extracting(ClaimRow::id)
        .doesNotContain(id);
    assertThat(fixtures.as(viewer, () -> queries.highlights(w, doc.id())))
        .extracting(ClaimHighlight::claimId)
        .doesNotContain(id);
    assertThatThrownBy(() -> detail(viewer, id))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ClaimQueries.PUBLISHED_ONLY);
    assertThatThrownBy(() -> fixtures.as(viewer, () -> history.forClaim(w, id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> fixtures.as(viewer, () -> queries.notes(w, id)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ClaimQueries.NOTES_ARE_INTERNAL);

    List<ThrowingCallable> writes =
        List.of(
            () -> claims.create(w, NewClaim.byHand("Viewer's claim.")),
            () -> claims.create(w, NewClaim.fromSelection(doc.id(), start, start + 3, "Our")),
            () -> claims.update(w, id, withWording(before.toEdit(), "Viewer's wording.")),
            () -> claims.delete(w, id),
            () -> claims.restore(w, id),
            () -> sources.addSource(w, id, source("https://example.org/viewer")),
            () -> sources.removeSource(w, id, src.id()),
            () -> notes.addNote(w, id, "Viewer's note."),
            () -> notes.editNote(w, id, note.id(), "Viewer's edit.", note.version()));
    for (int i = 0; i < writes.size(); i++) {
      ThrowingCallable operation = writes.get(i);
      assertThatThrownBy(() -> fixtures.as(viewer, () -> call(operation)))
          .as("write %d", i)
          .isInstanceOf(AccessDeniedException.class);
    }

    assertThat(detail(reader, claim.id())).isEqualTo(before);
    assertThat(historyCount()).isEqualTo(historyBefore);
  }

  // ---------------------------------------------------------------- helpers

  private static void call(ThrowingCallable operation) {
    try {
      operation.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private ClaimDetail mark(UserSummary who, String quote) {
    int start = TEXT.indexOf(quote);
    return fixtures.as(
        who,
        () ->
            claims.create(
                ws.id(), NewClaim.fromSelection(doc.id(), start, start + quote.length(), quote)));
  }

  private ClaimDetail byHand(UserSummary who, String wording) {
    return byHand(who, ws, wording);
  }

  private ClaimDetail byHand(UserSummary who, WorkspaceSummary in, String wording) {
    return fixtures.as(who, () -> claims.create(in.id(), NewClaim.byHand(wording)));
  }

  private ClaimDetail detail(UserSummary who, long claimId) {
    return fixtures.as(who, () -> queries.detail(ws.id(), claimId));
  }

  private List<Long> searchIds(ClaimFilter filter) {
    return fixtures
        .as(reader, () -> queries.search(ws.id(), filter, PageRequest.of(0, 50)))
        .getContent()
        .stream()
        .map(ClaimRow::id)
        .toList();
  }

  private List<Long> highlightIds() {
    return fixtures.as(reader, () -> queries.highlights(ws.id(), doc.id())).stream()
        .map(ClaimHighlight::claimId)
        .toList();
  }

  private List<HistoryEntry> timeline(long claimId) {
    return fixtures.as(reader, () -> history.forClaim(ws.id(), claimId));
  }

  private List<String> actions(long claimId) {
    return timeline(claimId).stream().map(HistoryEntry::action).toList();
  }

  private static HistoryEntry entry(List<HistoryEntry> timeline, String action) {
    return timeline.stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow();
  }

  private Verdict verdict(String label) {
    return fixtures.as(reader, () -> ratings.of(ws.id())).stream()
        .filter(v -> v.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private long claimCount() {
    return jdbc.sql("select count(*) from claim where workspace_id = ?")
        .param(ws.id())
        .query(Long.class)
        .single();
  }

  private long historyCount() {
    return jdbc.sql("select count(*) from history where workspace_id = ?")
        .param(ws.id())
        .query(Long.class)
        .single();
  }

  private static SourceInput source(String url) {
    return new SourceInput(url, "A source", "Publisher", null, null, "", Stance.SUPPORTS, "");
  }

  private static ClaimEdit withWording(ClaimEdit e, String wording) {
    return new ClaimEdit(
        wording,
        e.claimant(),
        e.timeSeconds(),
        e.tags(),
        e.assigneeId(),
        e.ratingId(),
        e.rationale(),
        e.version());
  }

  private static ClaimEdit withRationale(ClaimEdit e, String rationale) {
    return new ClaimEdit(
        e.wording(),
        e.claimant(),
        e.timeSeconds(),
        e.tags(),
        e.assigneeId(),
        e.ratingId(),
        rationale,
        e.version());
  }

  private static ClaimEdit withAssignee(ClaimEdit e, Long assigneeId) {
    return new ClaimEdit(
        e.wording(),
        e.claimant(),
        e.timeSeconds(),
        e.tags(),
        assigneeId,
        e.ratingId(),
        e.rationale(),
        e.version());
  }
}
