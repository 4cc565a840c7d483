package org.factbench.evidence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factbench.base.NotAllowedException;
import org.factbench.base.NotFoundException;
import org.factbench.base.Slices;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.QueueRow;
import org.factbench.evidence.text.TextDiff;
import org.factbench.security.CurrentUser;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archived snapshots of a claim's sources, as the panel, the claims list, the review queue, the
 * reports and the HTTP API read them, and the two requests a person makes: "archive again" and
 * "check now". Access is that of sources: whoever reads the claim reads its snapshots; editors,
 * reviewers and admins ask for new ones. Every lookup is scoped to the workspace and the claim, so
 * an id from elsewhere is not found.
 */
@Service
public class SnapshotService {

  private final JdbcClient jdbc;
  private final SnapshotStore store;
  private final SnapshotRunner runner;
  private final ApplicationEventPublisher events;
  private final WorkspaceGuard guard;

  SnapshotService(
      JdbcClient jdbc,
      SnapshotStore store,
      SnapshotRunner runner,
      ApplicationEventPublisher events,
      WorkspaceGuard guard) {
    this.jdbc = jdbc;
    this.store = store;
    this.runner = runner;
    this.events = events;
    this.guard = guard;
  }

  /** Whether the caller sees published claims only (a viewer), as the claim module decides. */
  private boolean publishedOnly(long workspaceId) {
    return !guard.roleIn(workspaceId).includes(Role.EDITOR);
  }

  /**
   * Refuses a claim the caller may not read, as the claim's detail does: not found when it is not a
   * live claim of the workspace; for viewers, refused unless published.
   */
  private void readable(long workspaceId, long claimId) {
    String status =
        jdbc.sql("select status from claim_wording where id = ? and workspace_id = ?")
            .params(claimId, workspaceId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("The claim"));
    if (!ClaimStatus.PUBLISHED.name().equals(status) && publishedOnly(workspaceId)) {
      throw new NotAllowedException(ClaimQueries.PUBLISHED_ONLY);
    }
  }

  private static final String ARCHIVE_SELECT =
      """
      select e.source_id, e.claim_id, e.url, e.reference_id, r.fetched_at, r.body_sha256,
             r.http_status, r.title, e.passage_state, e.passage_similarity, e.watch_state,
             e.watch_since, e.last_checked_at, e.archive_wanted_at,
             case when l.outcome <> 'OK' then l.message end as problem
      from evidence_source e
        left join evidence_snapshot r on r.id = e.reference_id
        left join lateral (select x.outcome, x.message from evidence_snapshot x
                           where x.source_id = e.source_id order by x.id desc limit 1) l on true
      """;

  /** What evidence knows of each source of a claim, in the order they were added. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<SourceArchive> forClaim(long workspaceId, long claimId) {
    readable(workspaceId, claimId);
    return jdbc.sql(
            ARCHIVE_SELECT + " where e.workspace_id = ? and e.claim_id = ? order by e.source_id")
        .params(workspaceId, claimId)
        .query((rs, i) -> archive(rs))
        .list();
  }

  /** What evidence knows of each of {@code sourceIds} of the workspace, by source id. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Map<Long, SourceArchive> archives(long workspaceId, Collection<Long> sourceIds) {
    Map<Long, SourceArchive> found = new HashMap<>();
    if (sourceIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            ARCHIVE_SELECT
                + " where e.workspace_id = ? and e.source_id = any(?) and (not ? or exists"
                + " (select 1 from claim_wording c where c.id = e.claim_id and c.status ="
                + " 'PUBLISHED'))")
        .params(workspaceId, sourceIds.toArray(Long[]::new), publishedOnly(workspaceId))
        .query((rs, i) -> archive(rs))
        .list()
        .forEach(a -> found.put(a.sourceId(), a));
    return found;
  }

  /** One source's archive state; not found when the source is not the claim's. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public SourceArchive archive(long workspaceId, long claimId, long sourceId) {
    readable(workspaceId, claimId);
    return jdbc.sql(
            ARCHIVE_SELECT + " where e.workspace_id = ? and e.claim_id = ? and e.source_id = ?")
        .params(workspaceId, claimId, sourceId)
        .query((rs, i) -> archive(rs))
        .optional()
        .orElseThrow(() -> new NotFoundException("The source"));
  }

  private static SourceArchive archive(ResultSet rs) throws SQLException {
    Long reference = (Long) rs.getObject("reference_id");
    return new SourceArchive(
        rs.getLong("source_id"),
        rs.getLong("claim_id"),
        rs.getString("url"),
        reference,
        instant(rs.getTimestamp("fetched_at")),
        rs.getString("body_sha256"),
        (Integer) rs.getObject("http_status"),
        rs.getString("title"),
        PassageState.valueOf(rs.getString("passage_state")),
        rs.getObject("passage_similarity") == null ? null : rs.getInt("passage_similarity"),
        WatchState.valueOf(rs.getString("watch_state")),
        instant(rs.getTimestamp("watch_since")),
        instant(rs.getTimestamp("last_checked_at")),
        rs.getString("problem"),
        rs.getTimestamp("archive_wanted_at") != null);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** A source's snapshots, newest first. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<SnapshotView> snapshots(
      long workspaceId, long claimId, long sourceId, Pageable page) {
    archive(workspaceId, claimId, sourceId);
    List<SnapshotView> rows =
        jdbc.sql(SNAPSHOT_SELECT + " where s.source_id = ? order by s.id desc limit ? offset ?")
            .params(sourceId, page.getPageSize() + 1, page.getOffset())
            .query((rs, i) -> snapshot(rs))
            .list();
    return Slices.of(rows, page);
  }

  private static final String SNAPSHOT_SELECT =
      """
      select s.id, s.source_id, s.kind, s.requested_url, s.final_url, s.http_status, s.fetched_at,
             s.content_type, s.body_sha256, s.title, s.outcome, s.message,
             length(b.text) as text_length, b.text, b.truncated
      from evidence_snapshot s left join evidence_body b on b.sha256 = s.body_sha256
      """;

  private static SnapshotView snapshot(ResultSet rs) throws SQLException {
    return new SnapshotView(
        rs.getLong("id"),
        rs.getLong("source_id"),
        rs.getString("kind"),
        rs.getString("requested_url"),
        rs.getString("final_url"),
        rs.getInt("http_status"),
        rs.getTimestamp("fetched_at").toInstant(),
        rs.getString("content_type"),
        rs.getString("body_sha256"),
        rs.getString("title"),
        rs.getString("outcome"),
        rs.getString("message"),
        rs.getObject("text_length") == null ? null : rs.getInt("text_length"));
  }

  /** A snapshot with its archived text; not found for a snapshot without a body. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ArchivedText text(long workspaceId, long claimId, long sourceId, long snapshotId) {
    archive(workspaceId, claimId, sourceId);
    return jdbc.sql(SNAPSHOT_SELECT + " where s.id = ? and s.source_id = ? and b.text is not null")
        .params(snapshotId, sourceId)
        .query(
            (rs, i) ->
                new ArchivedText(snapshot(rs), rs.getString("text"), rs.getBoolean("truncated")))
        .optional()
        .orElseThrow(() -> new NotFoundException("The archived text"));
  }

  /** What changed between the archived copy and the version the watch found. */
  public record Changes(Instant archivedAt, Instant changedAt, TextDiff.Diff diff) {}

  /** The diff of a source whose page changed since cited; not found when none was seen. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Changes changes(long workspaceId, long claimId, long sourceId) {
    readable(workspaceId, claimId);
    return jdbc.sql(
            """
            select r.fetched_at as archived_at, rb.text as archived, w.fetched_at as changed_at,
                   wb.text as changed
            from evidence_source e
              join evidence_snapshot r on r.id = e.reference_id
              join evidence_body rb on rb.sha256 = r.body_sha256
              join evidence_snapshot w on w.id = e.watch_snapshot_id
              join evidence_body wb on wb.sha256 = w.body_sha256
            where e.workspace_id = ? and e.claim_id = ? and e.source_id = ?
              and e.watch_state = 'CHANGED'
            """)
        .params(workspaceId, claimId, sourceId)
        .query(
            (rs, i) ->
                new Changes(
                    rs.getTimestamp("archived_at").toInstant(),
                    rs.getTimestamp("changed_at").toInstant(),
                    TextDiff.of(rs.getString("archived"), rs.getString("changed"))))
        .optional()
        .orElseThrow(() -> new NotFoundException("A change of this source"));
  }

  /**
   * Takes a new archived copy of the source, in the background after this commits; the old
   * snapshots stay.
   *
   * @throws SnapshotsUnavailableException when this source is not fetched, saying why
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public SourceArchive archiveAgain(long workspaceId, long claimId, long sourceId) {
    return request(workspaceId, claimId, sourceId, Archiver.Mode.ARCHIVE);
  }

  /**
   * Compares the page with its archived copy now, in the background after this commits, as the
   * watch does.
   *
   * @throws SnapshotsUnavailableException when this source is not fetched, saying why
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public SourceArchive checkNow(long workspaceId, long claimId, long sourceId) {
    return request(workspaceId, claimId, sourceId, Archiver.Mode.CHECK);
  }

  private SourceArchive request(long workspaceId, long claimId, long sourceId, Archiver.Mode mode) {
    long actor = CurrentUser.id();
    SourceArchive now = archive(workspaceId, claimId, sourceId);
    boolean live =
        jdbc.sql("select count(*) from claim_wording where id = ? and workspace_id = ?")
                .params(claimId, workspaceId)
                .query(Long.class)
                .single()
            > 0;
    if (!live) {
      throw new NotFoundException("The claim");
    }
    String why = runner.whyNot(workspaceId, now.url());
    if (why != null) {
      throw new SnapshotsUnavailableException(why);
    }
    if (mode == Archiver.Mode.ARCHIVE) {
      store.want(sourceId, actor);
    }
    events.publishEvent(new SnapshotRunner.FetchRequested(sourceId, mode, actor));
    return archive(workspaceId, claimId, sourceId);
  }

  /** Whether sources of the workspace are fetched at all (for the panel's buttons). */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  public String whyNotFetched(long workspaceId, String url) {
    return runner.whyNot(workspaceId, url);
  }

  /** Each claim's sources in one line, for a page of the claims list: one query. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Map<Long, ClaimEvidence> summaries(long workspaceId, Collection<Long> claimIds) {
    Map<Long, ClaimEvidence> found = new HashMap<>();
    if (claimIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            select claim_id, count(*) as sources, array_agg(passage_state) as passages,
                   array_agg(watch_state) as watches
            from evidence_source e where workspace_id = ? and claim_id = any(?)
              and (not ? or exists (select 1 from claim_wording c
                                    where c.id = e.claim_id and c.status = 'PUBLISHED'))
            group by claim_id
            """)
        .params(workspaceId, claimIds.toArray(Long[]::new), publishedOnly(workspaceId))
        .query(
            rs -> {
              long claim = rs.getLong("claim_id");
              found.put(
                  claim,
                  new ClaimEvidence(
                      claim,
                      rs.getInt("sources"),
                      worst(names(rs.getArray("passages")), PassageState.class, PASSAGE_ORDER),
                      worst(names(rs.getArray("watches")), WatchState.class, WATCH_ORDER)));
            });
    return found;
  }

  /** From most to least pressing. */
  static final List<PassageState> PASSAGE_ORDER =
      List.of(
          PassageState.NOT_FOUND,
          PassageState.NOT_ARCHIVED,
          PassageState.SIMILAR,
          PassageState.PENDING,
          PassageState.FOUND,
          PassageState.NO_PASSAGE);

  static final List<WatchState> WATCH_ORDER =
      List.of(
          WatchState.GONE,
          WatchState.CHANGED,
          WatchState.UNREACHABLE,
          WatchState.PENDING,
          WatchState.UNCHANGED);

  private static List<String> names(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static <E extends Enum<E>> E worst(List<String> names, Class<E> type, List<E> order) {
    return names.stream()
        .map(n -> Enum.valueOf(type, n))
        .min(Comparator.comparingInt(order::indexOf))
        .orElse(null);
  }

  /**
   * Published claims whose cited page changed since cited or is gone: they wait for a reviewer,
   * longest first, each with the reason (as the review queue shows it).
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<QueueRow> publishedWithChangedSources(long workspaceId, Pageable page) {
    List<QueueRow> rows =
        jdbc.sql(
                """
                select c.id, c.wording, min(e.watch_since) as since, v.label, v.colour,
                       c.document_id, array_agg(e.watch_state order by e.source_id) as states,
                       array_agg(e.url order by e.source_id) as urls
                from evidence_source e
                  join claim_wording c on c.id = e.claim_id
                  left join verdict v on v.id = c.rating_id
                where e.workspace_id = ? and c.status = 'PUBLISHED'
                  and e.watch_state in ('CHANGED', 'GONE')
                group by c.id, c.wording, v.label, v.colour, c.document_id
                order by since, c.id limit ? offset ?
                """)
            .params(workspaceId, page.getPageSize() + 1, page.getOffset())
            .query(
                (rs, i) ->
                    new QueueRow(
                        rs.getLong("id"),
                        rs.getString("wording"),
                        ClaimStatus.PUBLISHED,
                        rs.getTimestamp("since").toInstant(),
                        rs.getString("label"),
                        rs.getString("colour"),
                        null,
                        null,
                        (Long) rs.getObject("document_id"),
                        null,
                        reason(names(rs.getArray("states")), names(rs.getArray("urls")))))
            .list();
    return Slices.of(rows, page);
  }

  private static String reason(List<String> states, List<String> urls) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < states.size(); k++) {
      parts.add(
          (WatchState.valueOf(states.get(k)) == WatchState.GONE
                  ? "Source gone: "
                  : "Source changed since cited: ")
              + urls.get(k));
    }
    return String.join("; ", parts);
  }
}
