package org.factbench.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factbench.assist.CheckWorthiness;
import org.factbench.assist.Sentences;
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

/**
 * Check-worthiness scoring runs in the background (issue 23): an import returns before its
 * sentences are scored, readers see the progress, the suggestions appear when it ends, and work
 * left by a stopped node or an older model is resumed without holding anyone up.
 */
@IntegrationTest
class BackgroundScoringTest {

  /**
   * A transcript of 300 sentences: two chunks of embedding (256 and 44 sentences), so that a reader
   * can see the progress between them.
   */
  static final String TRANSCRIPT = transcript(100);

  @Autowired Fixtures fixtures;
  @Autowired DocumentService documents;
  @Autowired SuggestionService suggestions;
  @Autowired SuggestionScoring scoring;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;

  static String transcript(int rounds) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rounds; i++) {
      int year = 1990 + i % 30;
      sb.append("MODERATOR: Senator, what happened to unemployment in ")
          .append(year)
          .append("?\n")
          .append("SENATOR HALE: Unemployment fell to ")
          .append(3 + i % 5)
          .append('.')
          .append(i % 10)
          .append("% in ")
          .append(year)
          .append(", the lowest level since the war. I think we can do better.\n");
    }
    return sb.toString();
  }

  @BeforeEach
  void aWorkspace() {
    ws = fixtures.workspace("scoring");
    editor = fixtures.user("scoring-editor");
    fixtures.member(ws, editor, Role.EDITOR);
  }

  private DocumentSummary imported(String title, String text) {
    return fixtures.as(
        editor, () -> documents.importText(ws.id(), DocumentMetadata.titled(title), text));
  }

  private ScoringStatus status(long doc) {
    return fixtures.as(editor, () -> suggestions.status(ws.id(), doc));
  }

  private List<Suggestion> open(long doc) {
    return fixtures.as(
        editor, () -> suggestions.page(ws.id(), doc, false, PageRequest.of(0, 500)).getContent());
  }

  @Test
  void an_import_returns_before_its_sentences_are_scored_and_the_suggestions_appear_later() {
    int sentences = Sentences.split(TRANSCRIPT).size();
    long doc = imported("Long debate", TRANSCRIPT).id();

    ScoringStatus right = status(doc);
    assertThat(right.running()).as("scoring still under way when the import returned").isTrue();
    assertThat(right.modelVersion()).isNull();
    assertThat(open(doc)).isEmpty();
    DocumentRanking early = fixtures.as(editor, () -> suggestions.ranking(doc, 10));
    assertThat(early.state()).isIn(ScoringStatus.State.QUEUED, ScoringStatus.State.SCORING);
    assertThat(early.sentences()).isEmpty();

    // readers see the progress: some of the sentences scored, then all of them
    List<ScoringStatus> seen = new ArrayList<>();
    ScoringStatus now = right;
    while (now.running()) {
      seen.add(now);
      sleep(20);
      now = status(doc);
    }
    assertThat(seen)
        .anySatisfy(
            s -> {
              assertThat(s.state()).isEqualTo(ScoringStatus.State.SCORING);
              assertThat(s.total()).isEqualTo(sentences);
              assertThat(s.done()).isGreaterThan(0).isLessThan(sentences);
              assertThat(s.percent()).isBetween(1, 99);
            });
    assertThat(now.state()).isEqualTo(ScoringStatus.State.DONE);
    assertThat(now.done()).isEqualTo(sentences);
    assertThat(now.modelVersion()).isEqualTo(CheckWorthiness.VERSION);

    List<Suggestion> suggested = open(doc);
    assertThat(suggested).isNotEmpty();
    assertThat(suggested.getFirst().speaker()).isEqualTo("SENATOR HALE");
    assertThat(suggested.getFirst().reasons())
        .anyMatch(r -> r.startsWith("reads like sentences fact-checkers chose: \u00ab"));
    DocumentRanking ranking = fixtures.as(editor, () -> suggestions.ranking(doc, 100_000));
    assertThat(ranking.state()).isEqualTo(ScoringStatus.State.DONE);
    assertThat(ranking.sentences()).hasSize(sentences);
    assertThat(ranking.sentences().getFirst().score())
        .isEqualTo(suggested.getFirst().score(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void a_document_left_half_scored_by_a_stopped_node_is_taken_up_when_its_lease_runs_out() {
    long doc = imported("Interrupted", TRANSCRIPT).id();
    fixtures.scored(doc);
    // as if a node had claimed the document, scored 256 sentences and stopped
    jdbc.sql(
            """
            update document set scoring_state = 'SCORING', scoring_node = 'a node that stopped',
                   scoring_done = 256, scoring_total = 300, suggestions_version = null,
                   scoring_lease_until = now() + interval '1 hour'
             where id = ?
            """)
        .param(doc)
        .update();
    jdbc.sql("delete from document_suggestion where document_id = ?").param(doc).update();

    scoring.wake();
    sleep(1_000);
    ScoringStatus held = status(doc);
    assertThat(held.state())
        .as("another node's live lease is respected")
        .isEqualTo(ScoringStatus.State.SCORING);
    assertThat(held.done()).isEqualTo(256);

    jdbc.sql("update document set scoring_lease_until = now() - interval '1 second' where id = ?")
        .param(doc)
        .update();
    scoring.wake();

    assertThat(fixtures.scored(doc)).isEqualTo("DONE");
    assertThat(status(doc).modelVersion()).isEqualTo(CheckWorthiness.VERSION);
    assertThat(open(doc)).isNotEmpty();
  }

  @Test
  void at_start_documents_of_an_older_model_are_scored_again_while_their_old_suggestions_stay() {
    long doc = imported("Older model", TRANSCRIPT).id();
    fixtures.scored(doc);
    List<Suggestion> before = open(doc);
    assertThat(before).isNotEmpty();
    // as stored by version 2: what the application finds after the model changed
    jdbc.sql("update document set suggestions_version = 2 where id = ?").param(doc).update();

    scoring.resumeAtStart();

    // readers are never held up: the old suggestions stay until the new ones are stored
    ScoringStatus during = status(doc);
    assertThat(during.running()).isTrue();
    assertThat(during.modelVersion()).isEqualTo(2);
    assertThat(open(doc))
        .extracting(Suggestion::sentence)
        .containsExactlyInAnyOrderElementsOf(before.stream().map(Suggestion::sentence).toList());
    assertThat(fixtures.scored(doc)).isEqualTo("DONE");
    ScoringStatus after = status(doc);
    assertThat(after.modelVersion()).isEqualTo(CheckWorthiness.VERSION);
    assertThat(open(doc))
        .extracting(Suggestion::sentence)
        .containsExactlyInAnyOrderElementsOf(before.stream().map(Suggestion::sentence).toList());
  }

  @Test
  void the_demo_path_scores_at_once_in_the_callers_thread() {
    long doc = imported("Scored at once", "Unemployment fell to 4.1% in 2024.").id();

    ScoringStatus status =
        fixtures.as(
            editor, () -> suggestions.scoreNow(ws.id(), doc, java.time.Duration.ofMinutes(2)));

    assertThat(status.state()).isEqualTo(ScoringStatus.State.DONE);
    assertThat(status.modelVersion()).isEqualTo(CheckWorthiness.VERSION);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
