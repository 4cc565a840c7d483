package org.factbench.history;

import java.sql.Timestamp;
import java.util.List;
import org.factbench.base.HistoryEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link HistoryEvent} as a row, inside the transaction of the change itself (so a
 * change and its record commit or fail together), and reads timelines. Rows are never updated or
 * deleted; the database refuses it. Actor 0 is Factbench itself (what a scheduled job does on its
 * own, such as the evidence watch), shown as "Factbench".
 */
@Service
public class HistoryService {

  private final JdbcClient jdbc;

  HistoryService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void record(HistoryEvent e) {
    jdbc.sql(
            """
            insert into history (workspace_id, subject_type, subject_id, claim_id, actor_id, at, action,
                                 before_value, after_value, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            e.workspaceId(),
            e.subjectType(),
            e.subjectId(),
            e.claimId(),
            e.actorId(),
            Timestamp.from(java.time.Instant.now()),
            e.action(),
            e.before(),
            e.after(),
            e.reason())
        .update();
  }

  /**
   * A claim's timeline, oldest first: for editors, reviewers and admins (viewers see published
   * claims without their history, as in reports).
   */
  @PreAuthorize("@workspaceGuard.reads(#workspaceId, 'EDITOR')")
  @Transactional(readOnly = true)
  public List<HistoryEntry> forClaim(long workspaceId, long claimId) {
    return jdbc.sql(
            """
            select h.id, h.at, h.actor_id, coalesce(u.display_name, case when h.actor_id = 0 then 'Factbench' else '?' end)
                     as actor_name, h.subject_type,
                   h.subject_id, h.action, h.before_value, h.after_value, h.reason
            from history h left join user_name u on u.id = h.actor_id
            where h.workspace_id = ? and h.claim_id = ?
            order by h.id
            """)
        .params(workspaceId, claimId)
        .query((rs, i) -> entry(rs))
        .list();
  }

  /**
   * The timelines of several claims, oldest first, by claim, in one query. With {@code
   * decisionsOnly}, only the entries that approve, resolve a dispute or publish.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public java.util.Map<Long, List<HistoryEntry>> forClaims(
      long workspaceId, List<Long> claimIds, boolean decisionsOnly) {
    java.util.Map<Long, List<HistoryEntry>> timelines = new java.util.HashMap<>();
    if (claimIds.isEmpty()) {
      return timelines;
    }
    jdbc.sql(
            """
            select h.claim_id, h.id, h.at, h.actor_id, coalesce(u.display_name, case when h.actor_id = 0 then 'Factbench' else '?' end)
                     as actor_name,
                   h.subject_type, h.subject_id, h.action, h.before_value, h.after_value, h.reason
            from history h left join user_name u on u.id = h.actor_id
            where h.claim_id = any(?) and h.workspace_id = ?
            """
                + (decisionsOnly
                    ? " and (h.action like 'approved%' or h.action like 'published%'"
                        + " or h.action like 'dispute resolved%')"
                    : "")
                + " order by h.claim_id, h.id")
        .params(claimIds.toArray(Long[]::new), workspaceId)
        .query(
            rs -> {
              timelines
                  .computeIfAbsent(rs.getLong("claim_id"), k -> new java.util.ArrayList<>())
                  .add(entry(rs));
            });
    return timelines;
  }

  private static HistoryEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new HistoryEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getLong("actor_id"),
        rs.getString("actor_name"),
        rs.getString("subject_type"),
        rs.getLong("subject_id"),
        rs.getString("action"),
        rs.getString("before_value"),
        rs.getString("after_value"),
        rs.getString("reason"));
  }
}
