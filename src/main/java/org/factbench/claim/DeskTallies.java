package org.factbench.claim;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over a workspace's claims for the desk lead's overview ({@link DeskFigures}), in a few
 * grouped queries over the claim table's indexes; viewers get published claims only.
 */
@Service
public class DeskTallies {

  /** The longest period one request may ask for. */
  public static final Duration LONGEST_PERIOD = Duration.ofDays(366);

  private static final String WAITING = "READY_FOR_REVIEW";
  private static final Duration LONG_WAIT = Duration.ofDays(2);

  private final JdbcClient jdbc;
  private final WorkspaceGuard guard;

  DeskTallies(JdbcClient jdbc, WorkspaceGuard guard) {
    this.jdbc = jdbc;
    this.guard = guard;
  }

  /** The figures of workspace {@code workspaceId} for the period [{@code from}, {@code to}). */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public DeskFigures figures(long workspaceId, Instant from, Instant to, Instant now) {
    boolean publishedOnly = !guard.roleIn(workspaceId).includes(Role.EDITOR);
    if (!from.isBefore(to)) {
      throw new ValidationFailedException("from", "The period must start before it ends.");
    }
    if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
      throw new ValidationFailedException("to", "Choose a period of at most 366 days.");
    }
    return new DeskFigures(
        from,
        to,
        publishedOnly,
        byStatus(workspaceId, publishedOnly),
        verdicts(workspaceId, from, to),
        perWeek(workspaceId, from, to),
        timeToPublication(workspaceId, from, to),
        publishedOnly ? DeskFigures.Backlog.NONE : backlog(workspaceId, now),
        publishedOnly ? 0 : count(workspaceId, "DISPUTED"),
        publishedOnly ? List.of() : people(workspaceId),
        figureFlags(workspaceId, publishedOnly));
  }

  private Map<ClaimStatus, Long> byStatus(long ws, boolean publishedOnly) {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      if (!publishedOnly || s == ClaimStatus.PUBLISHED) {
        counts.put(s, 0L);
      }
    }
    counts.putAll(countByStatus(ws, publishedOnly, "true"));
    return counts;
  }

  /**
   * How many live claims of workspace {@code ws} in each status meet {@code condition} (SQL over
   * the claim table, written here, never from input); only published ones for {@code
   * publishedOnly}.
   */
  private Map<ClaimStatus, Long> countByStatus(long ws, boolean publishedOnly, String condition) {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    jdbc.sql(
            "select status, count(*) from claim where workspace_id = ? and deleted_at is null"
                + " and (? = false or status = 'PUBLISHED') and "
                + condition
                + " group by status")
        .params(ws, publishedOnly)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(ClaimStatus.valueOf(rs.getString(1)), rs.getLong(2)));
    return counts;
  }

  private List<DeskFigures.VerdictCount> verdicts(long ws, Instant from, Instant to) {
    return jdbc.sql(
            """
            select r.id, r.label, r.colour, count(c.id)
            from rating r
            left join claim c on c.rating_id = r.id and c.deleted_at is null
                 and c.status = 'PUBLISHED' and c.status_changed_at >= ? and c.status_changed_at < ?
            where r.workspace_id = ?
            group by r.id, r.label, r.colour, r.position
            order by r.position, r.id""")
        .params(Timestamp.from(from), Timestamp.from(to), ws)
        .query(
            (rs, i) ->
                new DeskFigures.VerdictCount(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }

  private List<DeskFigures.WeekCount> perWeek(long ws, Instant from, Instant to) {
    Map<LocalDate, Long> found = new java.util.HashMap<>();
    jdbc.sql(
            """
            select (date_trunc('week', status_changed_at at time zone 'UTC'))::date, count(*)
            from claim
            where workspace_id = ? and deleted_at is null and status = 'PUBLISHED'
              and status_changed_at >= ? and status_changed_at < ?
            group by 1""")
        .params(ws, Timestamp.from(from), Timestamp.from(to))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> found.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
    // every week of the period, the empty ones too, so that a chart has no gaps
    List<DeskFigures.WeekCount> weeks = new ArrayList<>();
    LocalDate first = monday(from);
    LocalDate last = monday(to.minusNanos(1));
    for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      weeks.add(new DeskFigures.WeekCount(w, found.getOrDefault(w, 0L)));
    }
    return weeks;
  }

  private static LocalDate monday(Instant t) {
    LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
    return d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  private DeskFigures.TimeToPublication timeToPublication(long ws, Instant from, Instant to) {
    List<Long> seconds =
        jdbc.sql(
                """
                select extract(epoch from status_changed_at - created_at)::bigint from claim
                where workspace_id = ? and deleted_at is null and status = 'PUBLISHED'
                  and status_changed_at >= ? and status_changed_at < ?
                order by 1""")
            .params(ws, Timestamp.from(from), Timestamp.from(to))
            .query(Long.class)
            .list();
    List<Long> buckets = new ArrayList<>();
    for (int i = 0; i <= DeskFigures.TimeToPublication.BUCKETS.size(); i++) {
      buckets.add(0L);
    }
    for (long s : seconds) {
      int b = 0;
      while (b < DeskFigures.TimeToPublication.BUCKETS.size()
          && s > DeskFigures.TimeToPublication.BUCKETS.get(b).toSeconds()) {
        b++;
      }
      buckets.set(b, buckets.get(b) + 1);
    }
    return new DeskFigures.TimeToPublication(
        seconds.size(), percentile(seconds, 0.5), percentile(seconds, 0.9), buckets);
  }

  /**
   * The {@code p}-quantile of sorted values by linear interpolation between the closest ranks (as
   * PostgreSQL's {@code percentile_cont}); null for none.
   */
  static Duration percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    double rank = p * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    double value = sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    return Duration.ofSeconds(Math.round(value));
  }

  private DeskFigures.Backlog backlog(long ws, Instant now) {
    return jdbc.sql(
            """
            select count(*), min(status_changed_at),
                   count(*) filter (where status_changed_at >= ?),
                   count(*) filter (where status_changed_at < ? and status_changed_at >= ?),
                   count(*) filter (where status_changed_at < ?)
            from claim where workspace_id = ? and deleted_at is null and status = ?""")
        .params(
            Timestamp.from(now.minus(DeskFigures.Backlog.AGES.get(0))),
            Timestamp.from(now.minus(DeskFigures.Backlog.AGES.get(0))),
            Timestamp.from(now.minus(LONG_WAIT)),
            Timestamp.from(now.minus(LONG_WAIT)),
            ws,
            WAITING)
        .query(
            (rs, i) -> {
              Timestamp oldest = rs.getTimestamp(2);
              return new DeskFigures.Backlog(
                  rs.getLong(1),
                  oldest == null ? null : oldest.toInstant(),
                  rs.getLong(5),
                  List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            })
        .single();
  }

  private long count(long ws, String status) {
    return jdbc.sql(
            "select count(*) from claim where workspace_id = ? and deleted_at is null and status = ?")
        .params(ws, status)
        .query(Long.class)
        .single();
  }

  private List<DeskFigures.PersonLoad> people(long ws) {
    return jdbc.sql(
            """
            select c.assignee_id, u.display_name, count(*),
                   count(*) filter (where c.status in ('NEW', 'IN_RESEARCH', 'RETURNED')),
                   count(*) filter (where c.status = 'READY_FOR_REVIEW')
            from claim c join user_name u on u.id = c.assignee_id
            where c.workspace_id = ? and c.deleted_at is null
              and c.status not in ('APPROVED', 'PUBLISHED', 'WITHDRAWN')
            group by c.assignee_id, u.display_name
            order by count(*) desc, u.display_name""")
        .params(ws)
        .query(
            (rs, i) ->
                new DeskFigures.PersonLoad(
                    rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .list();
  }

  private Map<ClaimStatus, Long> figureFlags(long ws, boolean publishedOnly) {
    return countByStatus(ws, publishedOnly, "figure_check is not null and status <> 'WITHDRAWN'");
  }
}
