package org.factbench.document;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.factbench.base.NotFoundException;
import org.factbench.security.CurrentUser;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-worthy sentence suggestions of a document: scored in the background after the document is
 * imported (and again when the model changes; {@link SuggestionScoring}), ranked for the reading
 * view and the API, and dismissed or accepted by editors. What an editor decided survives a
 * re-scoring. Reading never waits for the scoring: {@link #status} tells how far it has got.
 */
@Service
public class SuggestionService {

  private final JdbcClient jdbc;

  private final WorkspaceGuard guard;
  private final SuggestionScorer scorer;

  SuggestionService(JdbcClient jdbc, WorkspaceGuard guard, SuggestionScorer scorer) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.scorer = scorer;
  }

  /**
   * One page of the document's suggestions, best first (ties in reading order); dismissed and
   * accepted ones only when {@code includeDecided}.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional
  public Slice<Suggestion> page(
      long workspaceId, long documentId, boolean includeDecided, Pageable page) {
    requireDocument(workspaceId, documentId);
    List<Suggestion> rows =
        jdbc.sql(
                SELECT
                    + " where s.document_id = :doc"
                    + (includeDecided ? "" : " and s.state = 'OPEN'")
                    + " order by s.score desc, s.start_offset, s.id limit :limit offset :offset")
            .param("doc", documentId)
            .param("limit", page.getPageSize() + 1)
            .param("offset", page.getOffset())
            .query((rs, i) -> row(rs))
            .list();
    boolean more = rows.size() > page.getPageSize();
    return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
  }

  /** The open suggestions of a document in reading order, for painting them in the text. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional
  public List<Suggestion> open(long workspaceId, long documentId) {
    requireDocument(workspaceId, documentId);
    return jdbc.sql(
            SELECT + " where s.document_id = ? and s.state = 'OPEN' order by s.start_offset, s.id")
        .param(documentId)
        .query((rs, i) -> row(rs))
        .list();
  }

  /**
   * Every sentence of the document ranked by the check-worthiness model, best first (not only the
   * suggested ones): {@code limit} may be as large as the number of sentences. Never waits for the
   * scoring: while it runs, the state says so and the sentences are those of the previous model, or
   * none. A document outside the caller's workspaces is not found.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public DocumentRanking ranking(long documentId, int limit) {
    long workspaceId =
        jdbc.sql("select workspace_id from document where id = ?")
            .param(documentId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("The document"));
    try {
      guard.roleIn(workspaceId);
    } catch (NotFoundException notAMember) {
      // the same answer as for a document that does not exist: nothing tells the two apart
      throw new NotFoundException("The document");
    }
    ScoringStatus status = statusOf(documentId);
    String text =
        jdbc.sql("select text from document where id = ?")
            .param(documentId)
            .query(String.class)
            .single();
    List<RankedSentence> sentences =
        jdbc.sql(
                "select start_offset, end_offset, score, speaker, reasons"
                    + " from document_sentence_score where document_id = ?"
                    + " order by score desc, start_offset limit ?")
            .params(documentId, Math.max(0, limit))
            .query(
                (rs, i) -> {
                  int start = rs.getInt(1);
                  int end = rs.getInt(2);
                  Array reasons = rs.getArray(5);
                  return new RankedSentence(
                      start,
                      end,
                      text.substring(start, Math.min(end, text.length())),
                      rs.getDouble(3),
                      rs.getString(4),
                      reasons == null ? List.of() : List.of((String[]) reasons.getArray()));
                })
            .list();
    return new DocumentRanking(
        status.state(), status.done(), status.total(), status.modelVersion(), sentences);
  }

  /** How far the scoring of the document's sentences has got. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ScoringStatus status(long workspaceId, long documentId) {
    requireDocument(workspaceId, documentId);
    return statusOf(documentId);
  }

  private ScoringStatus statusOf(long documentId) {
    return jdbc.sql(
            "select scoring_state, scoring_done, scoring_total, suggestions_version"
                + " from document where id = ?")
        .param(documentId)
        .query(
            (rs, i) ->
                new ScoringStatus(
                    ScoringStatus.State.valueOf(rs.getString(1)),
                    rs.getInt(2),
                    rs.getInt(3),
                    (Integer) rs.getObject(4)))
        .single();
  }

  /**
   * Scores the document now, in the caller's thread, unless its suggestions are current; when
   * another node is scoring it, waits until that ends (at most {@code timeout}). For the demo
   * workspace, which must open with its suggestions; users' imports are scored in the background.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  public ScoringStatus scoreNow(long workspaceId, long documentId, Duration timeout) {
    requireDocument(workspaceId, documentId);
    SuggestionScorer.Claimed claimed = scorer.claim(documentId);
    if (claimed != null) {
      scorer.score(claimed, () -> false);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    ScoringStatus status = statusOf(documentId);
    while (status.running() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      status = statusOf(documentId);
    }
    return status;
  }

  /** One suggestion of the document. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Suggestion get(long workspaceId, long documentId, long suggestionId) {
    requireDocument(workspaceId, documentId);
    return find(documentId, suggestionId);
  }

  /** Dismisses a suggestion: it leaves the list and the text, and stays dismissed. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public Suggestion dismiss(long workspaceId, long documentId, long suggestionId) {
    return decide(workspaceId, documentId, suggestionId, Suggestion.State.DISMISSED);
  }

  /** Brings a dismissed suggestion back. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public Suggestion reopen(long workspaceId, long documentId, long suggestionId) {
    return decide(workspaceId, documentId, suggestionId, Suggestion.State.OPEN);
  }

  private Suggestion decide(
      long workspaceId, long documentId, long suggestionId, Suggestion.State state) {
    requireDocument(workspaceId, documentId);
    Suggestion s = find(documentId, suggestionId);
    if (s.state() == Suggestion.State.ACCEPTED) {
      return s;
    }
    jdbc.sql(
            "update document_suggestion set state = ?, decided_by = ?, decided_at = now()"
                + " where id = ?")
        .params(state.name(), CurrentUser.id(), suggestionId)
        .update();
    return find(documentId, suggestionId);
  }

  /**
   * A claim was made of [start, end) of the document: the open suggestions it overlaps are accepted
   * and point to the claim.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void claimed(long workspaceId, long documentId, int start, int end, long claimId) {
    requireDocument(workspaceId, documentId);
    jdbc.sql(
            """
            update document_suggestion
               set state = 'ACCEPTED', claim_id = ?, decided_by = ?, decided_at = now()
             where document_id = ? and state = 'OPEN' and start_offset < ? and end_offset > ?
            """)
        .params(claimId, CurrentUser.id(), documentId, end, start)
        .update();
  }

  /**
   * Queues a new document for scoring in the background (on import, in its transaction): the worker
   * starts after the commit.
   */
  void queue(long documentId) {
    jdbc.sql(
            "update document set scoring_state = 'QUEUED', scoring_done = 0, scoring_total = 0"
                + " where id = ?")
        .param(documentId)
        .update();
  }

  private void requireDocument(long workspaceId, long documentId) {
    boolean exists =
        jdbc.sql("select count(*) from document where id = ? and workspace_id = ?")
                .params(documentId, workspaceId)
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      throw new NotFoundException("The document");
    }
  }

  private Suggestion find(long documentId, long suggestionId) {
    return jdbc.sql(SELECT + " where s.id = ? and s.document_id = ?")
        .params(suggestionId, documentId)
        .query((rs, i) -> row(rs))
        .optional()
        .orElseThrow(() -> new NotFoundException("The suggestion"));
  }

  private static final String SELECT =
      "select s.id, s.document_id, s.start_offset, s.end_offset, s.sentence, s.score, s.reasons,"
          + " s.state, s.claim_id, s.speaker from document_suggestion s";

  private static Suggestion row(ResultSet rs) throws SQLException {
    Array reasons = rs.getArray("reasons");
    return new Suggestion(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getInt("start_offset"),
        rs.getInt("end_offset"),
        rs.getString("sentence"),
        rs.getDouble("score"),
        reasons == null ? List.of() : List.of((String[]) reasons.getArray()),
        Suggestion.State.valueOf(rs.getString("state")),
        (Long) rs.getObject("claim_id"),
        rs.getString("speaker"));
  }
}
