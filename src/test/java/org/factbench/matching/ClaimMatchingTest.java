package org.factbench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimLink;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.Evidence;
import org.factbench.claim.NewClaim;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Similar claims across documents, "same claim as" links, and the flag when a claim's figure
 * disagrees with its sources' figures, against PostgreSQL's trigram and full-text indexes.
 */
@IntegrationTest
class ClaimMatchingTest {

  static final String BRIEFING =
      "Western officials estimate that between 180,000 and 220,000 Russian soldiers have been killed"
          + " in action since the invasion began. Defence spending reached 6.3% of GDP this year.";
  static final String INTERVIEW =
      "Asked about losses, the analyst said Russia's military dead number 180,000 to 220,000 by"
          + " Western counts. She added that the weather in spring was unusually dry.";
  static final String KILLED =
      "between 180,000 and 220,000 Russian soldiers have been killed in action";
  static final String DEAD = "Russia's military dead number 180,000 to 220,000";
  static final String WEATHER = "the weather in spring was unusually dry";

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired SimilarClaims matching;
  @Autowired DocumentService documents;
  @Autowired HistoryService history;

  WorkspaceSummary ws;
  WorkspaceSummary elsewhere;
  UserSummary editor;
  UserSummary reader;
  UserSummary viewer;
  UserSummary outsider;
  DocumentSummary briefing;
  DocumentSummary interview;

  @BeforeEach
  void twoDocumentsThatStateTheSameFigure() {
    ws = fixtures.workspace("matching");
    elsewhere = fixtures.workspace("matching-elsewhere");
    editor = fixtures.user("match-editor");
    reader = fixtures.user("match-reader");
    viewer = fixtures.user("match-viewer");
    outsider = fixtures.user("match-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, reader, Role.REVIEWER);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(elsewhere, outsider, Role.EDITOR);
    briefing =
        fixtures.as(
            editor,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Briefing"), BRIEFING));
    interview =
        fixtures.as(
            editor,
            () -> documents.importText(ws.id(), DocumentMetadata.titled("Interview"), INTERVIEW));
  }

  private ClaimDetail claimIn(DocumentSummary doc, String text, String quote) {
    int start = text.indexOf(quote);
    return fixtures.as(
        editor,
        () ->
            claims.create(
                ws.id(), NewClaim.fromSelection(doc.id(), start, start + quote.length(), quote)));
  }

  @Test
  void the_same_figure_in_other_words_is_found_across_documents_with_its_reason() {
    ClaimDetail killed = claimIn(briefing, BRIEFING, KILLED);
    claimIn(interview, INTERVIEW, WEATHER);
    ClaimDetail dead = claimIn(interview, INTERVIEW, DEAD);

    List<SimilarClaim> similar =
        fixtures.as(reader, () -> matching.similar(ws.id(), dead.wording(), dead.id(), 5));

    assertThat(similar).isNotEmpty();
    assertThat(similar.getFirst().claim().id()).isEqualTo(killed.id());
    assertThat(similar.getFirst().claim().documentTitle()).isEqualTo("Briefing");
    assertThat(similar.getFirst().reasons()).anyMatch(r -> r.startsWith("same figure"));
    assertThat(similar).noneMatch(s -> s.claim().wording().contains("weather"));
    assertThat(similar).noneMatch(s -> s.claim().id() == dead.id());
  }

  @Test
  void a_near_identical_wording_ranks_first_by_trigram_similarity() {
    ClaimDetail spending =
        claimIn(briefing, BRIEFING, "Defence spending reached 6.3% of GDP this year");
    ClaimDetail killed = claimIn(briefing, BRIEFING, KILLED);

    List<SimilarClaim> similar =
        fixtures.as(
            reader,
            () -> matching.similar(ws.id(), "Defense spending reached 6.3 % of GDP", null, 5));

    assertThat(similar.getFirst().claim().id()).isEqualTo(spending.id());
    assertThat(similar.getFirst().reasons()).anyMatch(r -> r.startsWith("wording"));
    assertThat(similar).noneMatch(s -> s.claim().id() == killed.id());
  }

  @Test
  void lookups_never_cross_workspaces_and_hostile_input_is_only_text() {
    claimIn(briefing, BRIEFING, KILLED);
    assertThatThrownBy(
            () -> fixtures.as(outsider, () -> matching.similar(ws.id(), KILLED, null, 5)))
        .isInstanceOf(NotFoundException.class);
    List<SimilarClaim> none =
        fixtures.as(
            outsider, () -> matching.similar(elsewhere.id(), KILLED + " & | ! ( ':*", null, 5));
    assertThat(none).isEmpty();
    assertThat(fixtures.as(reader, () -> matching.similar(ws.id(), "!&|():*'", null, 5))).isEmpty();
  }

  @Test
  void a_linked_claim_shows_the_first_statement_and_the_first_lists_its_repeats() {
    ClaimDetail killed = claimIn(briefing, BRIEFING, KILLED);
    ClaimDetail dead = claimIn(interview, INTERVIEW, DEAD);

    fixtures.as(editor, () -> claims.linkSameAs(ws.id(), dead.id(), killed.id()));

    ClaimDetail repeat = fixtures.as(reader, () -> queries.detail(ws.id(), dead.id()));
    ClaimDetail first = fixtures.as(reader, () -> queries.detail(ws.id(), killed.id()));
    assertThat(repeat.sameAs().id()).isEqualTo(killed.id());
    assertThat(repeat.version())
        .as("linking does not stale an open form")
        .isEqualTo(dead.version());
    assertThat(first.sameClaims()).extracting(ClaimLink::id).containsExactly(dead.id());
    assertThat(fixtures.as(reader, () -> history.forClaim(ws.id(), dead.id())))
        .anyMatch(h -> h.action().equals("linked as same claim"));
  }

  @Test
  void links_point_to_the_first_claim_of_a_group_and_never_to_themselves() {
    ClaimDetail a = claimIn(briefing, BRIEFING, KILLED);
    ClaimDetail b = claimIn(interview, INTERVIEW, DEAD);
    ClaimDetail c = claimIn(interview, INTERVIEW, WEATHER);

    fixtures.as(editor, () -> claims.linkSameAs(ws.id(), b.id(), a.id()));
    fixtures.as(editor, () -> claims.linkSameAs(ws.id(), c.id(), b.id()));

    assertThat(fixtures.as(editor, () -> queries.detail(ws.id(), c.id())).sameAs().id())
        .isEqualTo(a.id());
    assertThatThrownBy(() -> fixtures.as(editor, () -> claims.linkSameAs(ws.id(), a.id(), c.id())))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> fixtures.as(editor, () -> claims.linkSameAs(ws.id(), a.id(), a.id())))
        .isInstanceOf(ValidationFailedException.class);

    fixtures.as(editor, () -> claims.unlink(ws.id(), c.id()));
    assertThat(fixtures.as(editor, () -> queries.detail(ws.id(), c.id())).sameAs()).isNull();
  }

  @Test
  void viewers_and_other_teams_cannot_link() {
    ClaimDetail a = claimIn(briefing, BRIEFING, KILLED);
    ClaimDetail b = claimIn(interview, INTERVIEW, DEAD);
    assertThatThrownBy(() -> fixtures.as(viewer, () -> claims.linkSameAs(ws.id(), b.id(), a.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> fixtures.as(outsider, () -> claims.linkSameAs(ws.id(), b.id(), a.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixtures.as(outsider, () -> claims.linkSameAs(elsewhere.id(), b.id(), a.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_claim_whose_figure_is_off_by_an_order_of_magnitude_is_flagged_in_detail_and_grid() {
    ClaimDetail millions =
        fixtures.as(
            editor,
            () -> claims.create(ws.id(), NewClaim.byHand("Millions of soldiers have died")));
    assertThat(millions.figureCheck()).isNull();

    fixtures.as(
        editor,
        () ->
            sources.addSource(
                ws.id(),
                millions.id(),
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
                    LocalDate.of(2026, 9, 1))));

    ClaimDetail flagged = fixtures.as(reader, () -> queries.detail(ws.id(), millions.id()));
    assertThat(flagged.figureCheck())
        .contains("claim says Millions")
        .contains("180,000-220,000")
        .contains("off by about")
        .contains("too high");
    assertThat(flagged.version()).isEqualTo(millions.version());
    assertThat(flagged.sources().getFirst().figure()).isEqualTo("180,000-220,000");
    assertThat(flagged.sources().getFirst().figureAsOf()).isEqualTo(LocalDate.of(2026, 9, 1));
    ClaimRow row =
        fixtures
            .as(
                reader,
                () ->
                    queries.search(
                        ws.id(),
                        ClaimFilter.NONE,
                        org.springframework.data.domain.PageRequest.of(0, 10)))
            .getContent()
            .stream()
            .filter(r -> r.id() == millions.id())
            .findFirst()
            .orElseThrow();
    assertThat(row.figureCheck()).isEqualTo(flagged.figureCheck());

    // rewording the claim to agree with the source clears the flag
    ClaimDetail current = flagged;
    var edit = current.toEdit();
    fixtures.as(
        editor,
        () ->
            claims.update(
                ws.id(),
                millions.id(),
                new ClaimEdit(
                    "About 200,000 soldiers have died",
                    edit.claimant(),
                    edit.timeSeconds(),
                    edit.tags(),
                    edit.assigneeId(),
                    edit.ratingId(),
                    edit.rationale(),
                    edit.version())));
    assertThat(fixtures.as(reader, () -> queries.detail(ws.id(), millions.id())).figureCheck())
        .isNull();
  }

  @Test
  void one_source_backing_the_figure_is_enough_and_removing_it_brings_the_flag_back() {
    ClaimDetail share =
        fixtures.as(
            editor,
            () -> claims.create(ws.id(), NewClaim.byHand("Defence spending is 6.3% of GDP")));
    Evidence low = addFigure(share, "https://example.org/low", "2.1%");
    Evidence backing = addFigure(share, "https://example.org/budget", "6.3 percent");
    assertThat(fixtures.as(reader, () -> queries.detail(ws.id(), share.id())).figureCheck())
        .isNull();

    fixtures.as(editor, () -> sources.removeSource(ws.id(), share.id(), backing.id()));

    assertThat(fixtures.as(reader, () -> queries.detail(ws.id(), share.id())).figureCheck())
        .contains("6.3%")
        .contains("2.1%")
        .contains("too high");
    assertThat(low.figure()).isEqualTo("2.1%");
  }

  @Test
  void a_source_figure_that_is_not_a_number_is_refused_naming_the_field() {
    ClaimDetail share =
        fixtures.as(
            editor, () -> claims.create(ws.id(), NewClaim.byHand("Defence spending is 6.3%")));
    assertThatThrownBy(() -> addFigure(share, "https://example.org/x", "quite a lot"))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("figure"));
  }

  private Evidence addFigure(ClaimDetail claim, String url, String figure) {
    return fixtures.as(
        editor,
        () ->
            sources.addSource(
                ws.id(),
                claim.id(),
                new SourceInput(url, "", "", null, null, "", Stance.CONTEXT, "", figure, null)));
  }
}
