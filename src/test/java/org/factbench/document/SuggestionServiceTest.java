package org.factbench.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factbench.base.NotFoundException;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Suggestions are scored in the background after an import, ranked, dismissed for good, and
 * accepted by claims.
 */
@IntegrationTest
class SuggestionServiceTest {

  static final String SPENDING =
      "According to the Ministry of Defence, spending rose to 6.3% of GDP in 2024, the highest"
          + " level since 1991.";
  static final String LOSSES =
      "Western officials said between 180,000 and 220,000 soldiers had been killed in action.";
  static final String TEXT =
      "Good evening, and thank you all for coming.\n\n"
          + SPENDING
          + "\n\nI think we could perhaps do better.\n\n"
          + LOSSES
          + "\n\nLet us take questions.";

  @Autowired Fixtures fixtures;
  @Autowired DocumentService documents;
  @Autowired SuggestionService suggestions;
  @Autowired ClaimService claims;
  @Autowired JdbcClient jdbc;
  @Autowired SuggestionScoring scoring;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary viewer;
  UserSummary outsider;
  DocumentSummary doc;

  @BeforeEach
  void aBriefingImported() {
    ws = fixtures.workspace("suggest");
    WorkspaceSummary elsewhere = fixtures.workspace("suggest-elsewhere");
    editor = fixtures.user("suggest-editor");
    viewer = fixtures.user("suggest-viewer");
    outsider = fixtures.user("suggest-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(elsewhere, outsider, Role.ADMIN);
    doc =
        fixtures.as(
            editor, () -> documents.importText(ws.id(), DocumentMetadata.titled("Briefing"), TEXT));
    assertThat(fixtures.scored(doc.id())).isEqualTo("DONE");
  }

  private List<Suggestion> open() {
    return fixtures.as(
        viewer,
        () -> suggestions.page(ws.id(), doc.id(), false, PageRequest.of(0, 50)).getContent());
  }

  @Test
  void an_imported_text_is_scored_with_factual_sentences_first_and_their_reasons() {
    List<Suggestion> ranked = open();

    assertThat(ranked).extracting(Suggestion::sentence).contains(SPENDING, LOSSES);
    assertThat(ranked)
        .extracting(Suggestion::sentence)
        .doesNotContain("Good evening, and thank you all for coming.", "Let us take questions.");
    assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    Suggestion spending =
        ranked.stream().filter(s -> s.sentence().equals(SPENDING)).findFirst().orElseThrow();
    assertThat(TEXT.substring(spending.start(), spending.end())).isEqualTo(SPENDING);
    assertThat(spending.reasons()).anyMatch(r -> r.contains("6.3%"));
    assertThat(spending.state()).isEqualTo(Suggestion.State.OPEN);
  }

  @Test
  void a_dismissed_suggestion_stays_dismissed_when_the_document_is_scored_again() {
    Suggestion losses =
        open().stream().filter(s -> s.sentence().equals(LOSSES)).findFirst().orElseThrow();

    fixtures.as(editor, () -> suggestions.dismiss(ws.id(), doc.id(), losses.id()));
    // a new model version re-scores every document in the background
    jdbc.sql("update document set scoring_state = 'QUEUED' where id = ?").param(doc.id()).update();
    scoring.wake();
    assertThat(fixtures.scored(doc.id())).isEqualTo("DONE");

    assertThat(open()).extracting(Suggestion::sentence).doesNotContain(LOSSES).contains(SPENDING);
    List<Suggestion> all =
        fixtures.as(
            viewer,
            () -> suggestions.page(ws.id(), doc.id(), true, PageRequest.of(0, 50)).getContent());
    assertThat(all.stream().filter(s -> s.sentence().equals(LOSSES)))
        .singleElement()
        .extracting(Suggestion::state)
        .isEqualTo(Suggestion.State.DISMISSED);

    fixtures.as(editor, () -> suggestions.reopen(ws.id(), doc.id(), losses.id()));
    assertThat(open()).extracting(Suggestion::sentence).contains(LOSSES);
  }

  @Test
  void a_claim_over_a_suggested_sentence_accepts_it_with_the_claims_id() {
    int start = TEXT.indexOf("spending rose to 6.3% of GDP");
    String quote = "spending rose to 6.3% of GDP";
    long claimId =
        fixtures
            .as(
                editor,
                () ->
                    claims.create(
                        ws.id(),
                        NewClaim.fromSelection(doc.id(), start, start + quote.length(), quote)))
            .id();

    assertThat(open()).extracting(Suggestion::sentence).doesNotContain(SPENDING);
    Suggestion accepted =
        fixtures
            .as(
                viewer,
                () -> suggestions.page(ws.id(), doc.id(), true, PageRequest.of(0, 50)).getContent())
            .stream()
            .filter(s -> s.sentence().equals(SPENDING))
            .findFirst()
            .orElseThrow();
    assertThat(accepted.state()).isEqualTo(Suggestion.State.ACCEPTED);
    assertThat(accepted.claimId()).isEqualTo(claimId);
  }

  @Test
  void viewers_read_suggestions_but_only_editors_decide_and_other_teams_see_nothing() {
    Suggestion first = open().getFirst();
    assertThatThrownBy(
            () -> fixtures.as(viewer, () -> suggestions.dismiss(ws.id(), doc.id(), first.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    outsider,
                    () -> suggestions.page(ws.id(), doc.id(), false, PageRequest.of(0, 10))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(editor, () -> suggestions.get(ws.id(), doc.id(), -5)))
        .isInstanceOf(NotFoundException.class);
  }
}
