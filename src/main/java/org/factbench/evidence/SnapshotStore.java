package org.factbench.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence tables: which sources are cited ({@code evidence_source}), their snapshots ({@code
 * evidence_snapshot}) and the bodies, each stored once by its SHA-256 ({@code evidence_body}).
 * Claims are read through the claim module's view {@code claim_wording}.
 */
@Component
class SnapshotStore {

  /** A cited source as a fetch needs it, with the hashes of its archived and last changed text. */
  record Tracked(
      long sourceId,
      long claimId,
      long workspaceId,
      String url,
      String passage,
      long citedBy,
      Long referenceId,
      String referenceTextSha,
      PassageState passageState,
      Integer similarity,
      WatchState watchState,
      Long watchSnapshotId,
      String watchTextSha,
      Long wantedBy,
      String claimStatus) {}

  /** A source the watch may fetch, with its host. */
  record Due(long sourceId, String host) {}

  private final JdbcClient jdbc;

  SnapshotStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts tracking a cited source; {@code wanted}: an archive is to be taken now. */
  void track(
      long sourceId,
      long claimId,
      long workspaceId,
      String url,
      String host,
      String passage,
      long citedBy,
      boolean wanted,
      Instant nextCheck) {
    jdbc.sql(
            """
            insert into evidence_source (source_id, claim_id, workspace_id, url, host, passage,
                                         cited_by, archive_wanted_at, archive_wanted_by, next_check_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (source_id) do nothing
            """)
        .params(
            sourceId,
            claimId,
            workspaceId,
            url,
            host,
            passage == null ? "" : passage,
            citedBy,
            wanted ? Timestamp.from(Instant.now()) : null,
            wanted ? citedBy : null,
            Timestamp.from(nextCheck))
        .update();
  }

  /** Marks an archive as wanted by {@code actor}. */
  void want(long sourceId, long actor) {
    jdbc.sql(
            "update evidence_source set archive_wanted_at = now(), archive_wanted_by = ?"
                + " where source_id = ?")
        .params(actor, sourceId)
        .update();
  }

  /** A source taken for one fetch, at {@code startedAt} by the database's clock. */
  record Leased(Tracked source, Instant startedAt) {}

  /**
   * Takes the source for one fetch, for {@code lease} at most: empty when it is gone or another
   * thread or node has it.
   */
  Optional<Leased> lease(long sourceId, Duration lease) {
    Optional<Timestamp> started =
        jdbc.sql(
                """
                update evidence_source set lease_until = now() + make_interval(secs => ?)
                where source_id = ? and (lease_until is null or lease_until < now())
                returning now()
                """)
            .params((double) lease.toSeconds(), sourceId)
            .query(Timestamp.class)
            .optional();
    if (started.isEmpty()) {
      return Optional.empty();
    }
    return tracked(sourceId).map(t -> new Leased(t, started.get().toInstant()));
  }

  void release(long sourceId) {
    jdbc.sql("update evidence_source set lease_until = null where source_id = ?")
        .param(sourceId)
        .update();
  }

  Optional<Tracked> tracked(long sourceId) {
    return jdbc.sql(
            """
            select e.*, rb.text_sha256 as reference_text_sha, wb.text_sha256 as watch_text_sha,
                   c.status as claim_status
            from evidence_source e
              left join evidence_snapshot r on r.id = e.reference_id
              left join evidence_body rb on rb.sha256 = r.body_sha256
              left join evidence_snapshot w on w.id = e.watch_snapshot_id
              left join evidence_body wb on wb.sha256 = w.body_sha256
              left join claim_wording c on c.id = e.claim_id
            where e.source_id = ?
            """)
        .param(sourceId)
        .query((rs, i) -> tracked(rs))
        .optional();
  }

  private static Tracked tracked(ResultSet rs) throws SQLException {
    return new Tracked(
        rs.getLong("source_id"),
        rs.getLong("claim_id"),
        rs.getLong("workspace_id"),
        rs.getString("url"),
        rs.getString("passage"),
        rs.getLong("cited_by"),
        (Long) rs.getObject("reference_id"),
        rs.getString("reference_text_sha"),
        PassageState.valueOf(rs.getString("passage_state")),
        (Integer)
            (rs.getObject("passage_similarity") == null ? null : rs.getInt("passage_similarity")),
        WatchState.valueOf(rs.getString("watch_state")),
        (Long) rs.getObject("watch_snapshot_id"),
        rs.getString("watch_text_sha"),
        (Long) rs.getObject("archive_wanted_by"),
        rs.getString("claim_status"));
  }

  /** Archives wanted for longer than {@code waiting} and not being fetched, oldest first. */
  List<Long> wanted(Duration waiting, int limit) {
    return jdbc.sql(
            """
            select source_id from evidence_source
            where archive_wanted_at < now() - make_interval(secs => ?)
              and (lease_until is null or lease_until < now())
            order by archive_wanted_at limit ?
            """)
        .params((double) waiting.toSeconds(), limit)
        .query(Long.class)
        .list();
  }

  /**
   * Takes the sources due for the watch at {@code now} for one round, moving their next check to
   * {@code next} (a node that takes them is the only one that does): of live claims that are not
   * withdrawn, not being fetched, longest due first; of one workspace when {@code workspaceId} is
   * given, of none in {@code skipWorkspaces}.
   */
  List<Due> due(Instant now, Instant next, int limit, Long workspaceId, List<Long> skipWorkspaces) {
    return jdbc.sql(
            """
            update evidence_source e set next_check_at = :next
            from (select d.source_id from evidence_source d
                    join claim_wording c on c.id = d.claim_id
                  where d.next_check_at <= :now and c.status <> 'WITHDRAWN'
                    and (d.lease_until is null or d.lease_until < now())
                    and (cast(:ws as bigint) is null or d.workspace_id = cast(:ws as bigint))
                    and not (d.workspace_id = any(:skip))
                  order by d.next_check_at, d.source_id limit :limit
                  for update of d skip locked) due
            where e.source_id = due.source_id
            returning e.source_id, e.host
            """)
        .param("now", Timestamp.from(now))
        .param("next", Timestamp.from(next))
        .param("ws", workspaceId)
        .param("skip", skipWorkspaces.toArray(Long[]::new))
        .param("limit", limit)
        .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /** Stores a body once: a body with the same SHA-256 is already there. */
  void body(String sha256, byte[] content, String text, String textSha256, boolean truncated) {
    jdbc.sql(
            """
            insert into evidence_body (sha256, content, byte_size, text, text_sha256, truncated)
            values (?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing
            """)
        .params(sha256, content, content.length, text, textSha256, truncated)
        .update();
  }

  /** A new snapshot row; returns its id. */
  long snapshot(
      long sourceId,
      String kind,
      String requestedUrl,
      String finalUrl,
      int status,
      Instant fetchedAt,
      String contentType,
      String bodySha256,
      String title,
      String outcome,
      String message,
      long takenBy) {
    return jdbc.sql(
            """
            insert into evidence_snapshot (source_id, kind, requested_url, final_url, http_status,
                fetched_at, content_type, body_sha256, title, outcome, message, taken_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            sourceId,
            kind,
            requestedUrl,
            cut(finalUrl, 2048),
            status,
            Timestamp.from(fetchedAt),
            cut(contentType, 200),
            bodySha256,
            cut(title == null ? "" : title, 500),
            outcome,
            cut(message, 1000),
            takenBy)
        .query(Long.class)
        .single();
  }

  /**
   * Writes a source's state after a fetch, and frees it for the next one; an archive wanted up to
   * {@code wantedUpTo} (when the fetch started) has been taken.
   */
  void state(
      long sourceId,
      Long referenceId,
      PassageState passage,
      Integer similarity,
      WatchState watch,
      boolean watchChanged,
      Long watchSnapshotId,
      Instant wantedUpTo,
      Instant checkedAt,
      Instant nextCheck) {
    jdbc.sql(
            """
            update evidence_source set reference_id = ?, passage_state = ?, passage_similarity = ?,
                   watch_state = ?,
                   watch_since = case when ? then ? else watch_since end,
                   watch_snapshot_id = ?,
                   archive_wanted_by = case when archive_wanted_at <= ? then null
                                            else archive_wanted_by end,
                   archive_wanted_at = case when archive_wanted_at <= ? then null
                                            else archive_wanted_at end,
                   last_checked_at = ?, next_check_at = ?, lease_until = null
            where source_id = ?
            """)
        .params(
            referenceId,
            passage.name(),
            similarity,
            watch.name(),
            watchChanged,
            Timestamp.from(checkedAt),
            watchSnapshotId,
            wantedUpTo == null ? null : Timestamp.from(wantedUpTo),
            wantedUpTo == null ? null : Timestamp.from(wantedUpTo),
            Timestamp.from(checkedAt),
            Timestamp.from(nextCheck),
            sourceId)
        .update();
  }

  private static String cut(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n);
  }
}
