package org.factbench.evidence;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the cited pages of a workspace's claims stand under the watch, for the desk dashboard: how
 * many are unchanged, changed since cited, gone, unreachable or not checked yet. Sources of deleted
 * claims do not count.
 */
@Service
public class WatchTallies {

  private final JdbcClient jdbc;

  WatchTallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every state, in the enum's order, with its count (zero included). */
  @PreAuthorize("@workspaceGuard.reads(#workspaceId, 'EDITOR')")
  @Transactional(readOnly = true)
  public Map<WatchState, Long> of(long workspaceId) {
    Map<WatchState, Long> counts = new EnumMap<>(WatchState.class);
    for (WatchState s : WatchState.values()) {
      counts.put(s, 0L);
    }
    jdbc.sql(
            """
            select e.watch_state, count(*) from evidence_source e
              join claim_wording c on c.id = e.claim_id
            where e.workspace_id = ?
            group by e.watch_state""")
        .param(workspaceId)
        .query(
            (RowCallbackHandler)
                rs -> counts.put(WatchState.valueOf(rs.getString(1)), rs.getLong(2)));
    return counts;
  }
}
