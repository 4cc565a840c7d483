package org.factbench.document;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.factbench.assist.CheckWorthiness;
import org.factbench.assist.CheckWorthySentence;
import org.factbench.base.NotFoundException;
import org.factbench.security.CurrentUser;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-worthy sentence suggestions of a document: scored when the document is imported (and again
 * when the scorer changes), ranked for the reading view and the API, and dismissed or accepted by
 * editors. What an editor decided survives a re-scoring.
 */
@Service
public class SuggestionService {

  /** At most this many suggestions are kept per document, the best first. */
  static final int MAX_PER_DOCUMENT = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  private final WorkspaceGuard guard;

  SuggestionService(JdbcClient jdbc, JdbcTemplate batch, WorkspaceGuard guard) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.guard = guard;
  }

  /**
   * One page of the document's suggestions, best first (ties in reading order); dismissed and
   * accepted ones only when {@code includeDecided}.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional
  public Slice<Suggestion> page(
      long workspaceId, long documentId, boolean includeDecided, Pageable page) {
    ensureScored(workspaceId, documentId);
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
    ensureScored(workspaceId, documentId);
    return jdbc.sql(
            SELECT + " where s.document_id = ? and s.state = 'OPEN' order by s.start_offset, s.id")
        .param(documentId)
        .query((rs, i) -> row(rs))
        .list();
  }

  /**
   * Every sentence of the document ranked by the check-worthiness model, best first, computed from
   * its text (not only the suggested ones): {@code limit} may be as large as the number of
   * sentences. A document outside the caller's workspaces is not found.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<RankedSentence> ranking(long documentId, int limit) {
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
    String text =
        jdbc.sql("select text from document where id = ?")
            .param(documentId)
            .query(String.class)
            .single();
    return CheckWorthiness.rank(text).stream()
        .limit(Math.max(0, limit))
        .map(
            s ->
                new RankedSentence(
                    s.sentence().start(),
                    s.sentence().end(),
                    s.sentence().text(),
                    s.score(),
                    speaker(s.speaker()),
                    s.reasons()))
        .toList();
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

  /** Scores the document unless its suggestions come from the current scorer already. */
  private void ensureScored(long workspaceId, long documentId) {
    int version =
        jdbc.sql(
                "select coalesce(suggestions_version, -1) from document"
                    + " where id = ? and workspace_id = ?")
            .params(documentId, workspaceId)
            .query(Integer.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("The document"));
    if (version != CheckWorthiness.VERSION) {
      // one scorer at a time per document; a second reader finds the work done
      var current =
          jdbc.sql("select suggestions_version, text from document where id = ? for update")
              .param(documentId)
              .query((rs, i) -> new Object[] {rs.getObject(1), rs.getString(2)})
              .single();
      if (!Integer.valueOf(CheckWorthiness.VERSION).equals(current[0])) {
        score(documentId, (String) current[1]);
      }
    }
  }

  /**
   * Scores the text and stores the suggestions above the threshold; keeps what editors decided.
   * Called on import within its transaction.
   */
  void score(long documentId, String text) {
    List<CheckWorthySentence> ranked =
        CheckWorthiness.rank(text).stream()
            .filter(CheckWorthySentence::suggested)
            .sorted(Comparator.comparingDouble(CheckWorthySentence::score).reversed())
            .limit(MAX_PER_DOCUMENT)
            .toList();
    jdbc.sql("delete from document_suggestion where document_id = ? and state = 'OPEN'")
        .param(documentId)
        .update();
    batch.batchUpdate(
        """
        insert into document_suggestion
          (document_id, start_offset, end_offset, sentence, score, reasons, speaker)
        select ?, ?, ?, ?, ?, ?, ?
        where not exists (select 1 from document_suggestion d
                          where d.document_id = ? and d.start_offset < ? and d.end_offset > ?)
        """,
        ranked,
        500,
        (ps, s) -> {
          ps.setLong(1, documentId);
          ps.setInt(2, s.sentence().start());
          ps.setInt(3, s.sentence().end());
          ps.setString(4, s.sentence().text());
          ps.setDouble(5, s.score());
          ps.setArray(6, ps.getConnection().createArrayOf("text", s.reasons().toArray()));
          ps.setString(7, speaker(s.speaker()));
          ps.setLong(8, documentId);
          ps.setInt(9, s.sentence().end());
          ps.setInt(10, s.sentence().start());
        });
    jdbc.sql("update document set suggestions_version = ? where id = ?")
        .params(CheckWorthiness.VERSION, documentId)
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

  private static String speaker(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String clean = name.strip();
    return clean.length() > 200 ? clean.substring(0, 200) : clean;
  }

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
