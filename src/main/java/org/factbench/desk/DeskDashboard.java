package org.factbench.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factbench.claim.DeskFigures;
import org.factbench.claim.DeskTallies;
import org.factbench.evidence.WatchState;
import org.factbench.evidence.WatchTallies;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures for a workspace and a period, cached for {@link #FRESH_FOR} per
 * workspace, period and kind of reader (viewers' figures count published claims only, so they are
 * cached apart from the others').
 */
@Service
public class DeskDashboard {

  /** How long figures are served from the cache. */
  public static final Duration FRESH_FOR = Duration.ofSeconds(30);

  /**
   * After a change in the workspace, figures older than this are counted again ({@link
   * #refreshed}): live updates see a change within seconds, yet a busy desk cannot make every open
   * dashboard count on every change.
   */
  public static final Duration FRESH_AFTER_CHANGE = Duration.ofSeconds(2);

  private static final int MOST_CACHED = 1_000;

  private final DeskTallies tallies;
  private final WorkspaceGuard guard;
  private final Clock clock;
  private final WatchTallies watch;
  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
  private final Map<Long, CachedPages> pages = new ConcurrentHashMap<>();

  DeskDashboard(DeskTallies tallies, WatchTallies watch, WorkspaceGuard guard) {
    this.tallies = tallies;
    this.watch = watch;
    this.guard = guard;
    this.clock = Clock.systemUTC();
  }

  private record Key(long workspaceId, Period period, boolean publishedOnly) {}

  private record Cached(DeskFigures figures, Instant at) {}

  private record CachedPages(Map<WatchState, Long> counts, Instant at) {}

  /** The figures of workspace {@code workspaceId} for {@code period}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  public DeskFigures figures(long workspaceId, Period period) {
    return figures(workspaceId, period, FRESH_FOR);
  }

  /**
   * The figures of workspace {@code workspaceId} for {@code period} after a change in it: counted
   * again unless counted in the last {@link #FRESH_AFTER_CHANGE}.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  public DeskFigures refreshed(long workspaceId, Period period) {
    return figures(workspaceId, period, FRESH_AFTER_CHANGE);
  }

  private DeskFigures figures(long workspaceId, Period period, Duration freshFor) {
    Instant now = clock.instant();
    Key key = new Key(workspaceId, period, !guard.roleIn(workspaceId).includes(Role.EDITOR));
    Cached hit = cache.get(key);
    if (hit != null && hit.at().plus(freshFor).isAfter(now)) {
      return hit.figures();
    }
    DeskFigures figures = tallies.figures(workspaceId, period.start(), period.end(), now);
    if (cache.size() >= MOST_CACHED) {
      cache.clear();
    }
    cache.put(key, new Cached(figures, now));
    return figures;
  }

  /** The figures for the last {@code days} days, today included. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  public DeskFigures lastDays(long workspaceId, int days) {
    return figures(workspaceId, Period.lastDays(days, clock));
  }

  /**
   * How the cited pages of the workspace's claims stand under the watch (unchanged, changed since
   * cited, gone...); for members who work on claims. Cached like the figures.
   */
  @PreAuthorize("@workspaceGuard.reads(#workspaceId, 'EDITOR')")
  public Map<WatchState, Long> citedPages(long workspaceId) {
    Instant now = clock.instant();
    CachedPages hit = pages.get(workspaceId);
    if (hit != null && hit.at().plus(FRESH_FOR).isAfter(now)) {
      return hit.counts();
    }
    Map<WatchState, Long> counts = watch.of(workspaceId);
    if (pages.size() >= MOST_CACHED) {
      pages.clear();
    }
    pages.put(workspaceId, new CachedPages(counts, now));
    return counts;
  }

  /** The last {@code days} days by this dashboard's clock. */
  public Period lastDays(int days) {
    return Period.lastDays(days, clock);
  }
}
