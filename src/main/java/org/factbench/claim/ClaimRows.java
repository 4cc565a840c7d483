package org.factbench.claim;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL that reads claims and the row mappers that turn its rows into read models: one place for
 * the columns the grid, the detail and the lists share. Names of people and documents come from the
 * views their modules publish ({@code user_name}, {@code document_title}).
 */
final class ClaimRows {

  private ClaimRows() {}

  static final String SEARCH_SELECT =
      """
      select c.id, c.wording, c.quote, c.status, r.label as verdict_label, r.colour as verdict_colour,
             cl.name as claimant, u.display_name as assignee, c.document_id, d.title as document_title,
             c.time_seconds, c.tags, c.updated_at, c.figure_check, c.same_as_id
      from claim c
        left join rating r on r.id = c.rating_id
        left join claimant cl on cl.id = c.claimant_id
        left join user_name u on u.id = c.assignee_id
        left join document_title d on d.id = c.document_id
      """;

  static ClaimRow row(ResultSet rs) throws SQLException {
    return new ClaimRow(
        rs.getLong("id"),
        rs.getString("wording"),
        rs.getString("quote"),
        ClaimStatus.valueOf(rs.getString("status")),
        rs.getString("verdict_label"),
        rs.getString("verdict_colour"),
        rs.getString("claimant"),
        rs.getString("assignee"),
        (Long) rs.getObject("document_id"),
        rs.getString("document_title"),
        (Integer) rs.getObject("time_seconds"),
        tags(rs.getArray("tags")),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("figure_check"),
        (Long) rs.getObject("same_as_id"));
  }

  static List<String> tags(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  static final String DETAIL_COLUMNS =
      """
      select c.*, cl.name as claimant_name, u.display_name as assignee_name,
             ub.display_name as updated_by_name, d.title as document_title,
             r.position as r_position, r.label as r_label, r.colour as r_colour,
             r.description as r_description, r.on_scale as r_on_scale, r.version as r_version,
             uv.display_name as verdict_by_name, ue.display_name as edited_by_name,
             uc.display_name as comment_by_name,
             sa.wording as sa_wording, sa.status as sa_status, rsa.label as sa_label,
             rsa.colour as sa_colour, sa.document_id as sa_document_id,
             dsa.title as sa_document_title
      """;

  static final String DETAIL_FROM =
      """
      from claim c
        left join claimant cl on cl.id = c.claimant_id
        left join user_name u on u.id = c.assignee_id
        left join user_name ub on ub.id = c.updated_by
        left join document_title d on d.id = c.document_id
        left join rating r on r.id = c.rating_id
        left join user_name uv on uv.id = c.verdict_by
        left join user_name ue on ue.id = c.edited_by
        left join user_name uc on uc.id = c.review_comment_by
        left join claim sa on sa.id = c.same_as_id
        left join rating rsa on rsa.id = sa.rating_id
        left join document_title dsa on dsa.id = sa.document_id
      """;

  /** The claim rows of reports: everything but the open dispute. */
  static final String DETAIL_SELECT = DETAIL_COLUMNS + DETAIL_FROM;

  /** A claim's own row, without sources, notes, the claims that repeat it or an open dispute. */
  static ClaimDetail detailCore(ResultSet rs, long workspaceId) throws SQLException {
    Long ratingId = (Long) rs.getObject("rating_id");
    Verdict verdict =
        ratingId == null
            ? null
            : new Verdict(
                ratingId,
                rs.getInt("r_position"),
                rs.getString("r_label"),
                rs.getString("r_colour"),
                rs.getString("r_description"),
                rs.getBoolean("r_on_scale"),
                rs.getLong("r_version"));
    Long documentId = (Long) rs.getObject("document_id");
    Anchor anchor =
        documentId == null || rs.getObject("anchor_start") == null
            ? null
            : new Anchor(
                documentId,
                rs.getInt("anchor_start"),
                rs.getInt("anchor_end"),
                rs.getString("quote"),
                rs.getString("quote_prefix"),
                rs.getString("quote_suffix"));
    ClaimLink sameAs =
        rs.getObject("same_as_id") == null
            ? null
            : new ClaimLink(
                rs.getLong("same_as_id"),
                rs.getString("sa_wording"),
                ClaimStatus.valueOf(rs.getString("sa_status")),
                rs.getString("sa_label"),
                rs.getString("sa_colour"),
                (Long) rs.getObject("sa_document_id"),
                rs.getString("sa_document_title"));
    return new ClaimDetail(
        rs.getLong("id"),
        workspaceId,
        anchor,
        rs.getString("document_title"),
        rs.getString("wording"),
        rs.getString("claimant_name"),
        (Integer) rs.getObject("time_seconds"),
        tags(rs.getArray("tags")),
        (Long) rs.getObject("assignee_id"),
        rs.getString("assignee_name"),
        ClaimStatus.valueOf(rs.getString("status")),
        verdict,
        rs.getString("rationale"),
        rs.getLong("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getLong("updated_by"),
        rs.getString("updated_by_name"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getTimestamp("deleted_at") != null,
        rs.getLong("version"),
        new ReviewState(
            (Long) rs.getObject("verdict_by"),
            rs.getString("verdict_by_name"),
            (Long) rs.getObject("edited_by"),
            rs.getString("edited_by_name"),
            rs.getTimestamp("status_changed_at").toInstant(),
            rs.getString("review_comment"),
            rs.getString("comment_by_name"),
            rs.getTimestamp("review_comment_at") == null
                ? null
                : rs.getTimestamp("review_comment_at").toInstant(),
            null),
        List.of(),
        List.of(),
        rs.getString("figure_check"),
        sameAs,
        List.of(),
        rs.getString("published_url"));
  }

  static final String NOTE_SELECT =
      """
      select n.id, n.claim_id, n.author_id, coalesce(u.display_name, '?') as author, n.body,
             n.created_at, n.edited_at, n.version
      from note n left join user_name u on u.id = n.author_id
      """;

  static NoteView noteView(ResultSet rs) throws SQLException {
    return new NoteView(
        rs.getLong("id"),
        rs.getLong("author_id"),
        rs.getString("author"),
        rs.getString("body"),
        NoteMarkdown.toSafeHtml(rs.getString("body")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("edited_at") == null ? null : rs.getTimestamp("edited_at").toInstant(),
        rs.getLong("version"));
  }

  static Evidence evidence(ResultSet rs) throws SQLException {
    return new Evidence(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("publisher"),
        rs.getObject("published_on", java.time.LocalDate.class),
        rs.getObject("accessed_on", java.time.LocalDate.class),
        rs.getString("passage"),
        Stance.valueOf(rs.getString("stance")),
        rs.getString("reliability_note"),
        rs.getString("figure"),
        rs.getObject("figure_as_of", java.time.LocalDate.class),
        rs.getLong("version"));
  }

  static final String EVIDENCE_SELECT =
      """
      select claim_id, id, url, title, publisher, published_on, accessed_on, passage, stance,
             reliability_note, figure, figure_as_of, version
      from source
      """;

  /** Claims as links: id, wording, status, verdict label and colour, document id and title. */
  static final String LINK_SELECT =
      """
      select c.id, c.wording, c.status, r.label, r.colour, c.document_id, d.title
      from claim c
        left join rating r on r.id = c.rating_id
        left join document_title d on d.id = c.document_id
      """;

  static final String QUEUE_SELECT =
      """
      select c.id, c.wording, c.status, c.status_changed_at, r.label as verdict_label,
             r.colour as verdict_colour, uv.display_name as proposed_by, ua.display_name as assignee,
             c.document_id, d.title as document_title, c.review_comment
      from claim c
        left join rating r on r.id = c.rating_id
        left join user_name uv on uv.id = c.verdict_by
        left join user_name ua on ua.id = c.assignee_id
        left join document_title d on d.id = c.document_id
      """;

  static QueueRow queueRow(ResultSet rs) throws SQLException {
    return new QueueRow(
        rs.getLong("id"),
        rs.getString("wording"),
        ClaimStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_changed_at").toInstant(),
        rs.getString("verdict_label"),
        rs.getString("verdict_colour"),
        rs.getString("proposed_by"),
        rs.getString("assignee"),
        (Long) rs.getObject("document_id"),
        rs.getString("document_title"),
        rs.getString("review_comment"));
  }
}
