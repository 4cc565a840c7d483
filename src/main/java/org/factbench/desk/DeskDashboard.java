package org.factbench.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factbench.claim.DeskFigures;
import org.factbench.claim.DeskTallies;
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
  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

  DeskDashboard(DeskTallies tallies, WorkspaceGuard guard) {
    this.tallies = tallies;
    this.guard = guard;
    this.clock = Clock.systemUTC();
  }

  private record Key(long workspaceId, Period period, boolean publishedOnly) {}

  private record Cached(DeskFigures figures, Instant at) {}

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

  /** The last {@code days} days by this dashboard's clock. */
  public Period lastDays(int days) {
    return Period.lastDays(days, clock);
  }
}
