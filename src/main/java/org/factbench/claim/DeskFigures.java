package org.factbench.claim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a workspace's work stands, for its desk lead's overview. {@code byStatus}, the backlog,
 * open disputes and people's load are as they are now; verdicts, weekly counts and the time to
 * publication are of the claims published in the period [{@code from}, {@code to}) (a claim counts
 * as published when it entered that status; one withdrawn since does not count). With {@code
 * publishedOnly} (a viewer) only published claims are counted at all, and people's load is left
 * out. {@code figureFlags} counts, by status, the claims that are not withdrawn and whose figures
 * the figure check flagged.
 */
public record DeskFigures(
    Instant from,
    Instant to,
    boolean publishedOnly,
    Map<ClaimStatus, Long> byStatus,
    List<VerdictCount> verdicts,
    List<WeekCount> publishedPerWeek,
    TimeToPublication timeToPublication,
    Backlog backlog,
    long openDisputes,
    List<PersonLoad> people,
    Map<ClaimStatus, Long> figureFlags) {

  /** How many published claims carry one verdict of the scale, in the scale's order. */
  public record VerdictCount(long ratingId, String label, String colour, long claims) {}

  /** Claims published in the week that starts on Monday {@code week} (UTC). */
  public record WeekCount(LocalDate week, long claims) {}

  /**
   * From a claim's creation to its publication, over the claims published in the period: the median
   * and the 90th percentile (null when none was published), and how many took up to a day, two
   * days, a week, 30 days, and longer.
   */
  public record TimeToPublication(
      long published, Duration median, Duration p90, List<Long> distribution) {

    /** The upper bounds of the distribution's buckets; the last bucket has none. */
    public static final List<Duration> BUCKETS =
        List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(30));
  }

  /**
   * The claims waiting for review: how many, since when the oldest waits (null when none), how many
   * wait longer than two days, and how many have waited up to a day, one to two days, and longer
   * ({@link #AGES}).
   */
  public record Backlog(
      long waiting, Instant oldestSince, long waitingOverTwoDays, List<Long> byAge) {

    /** The upper bounds of the age buckets; the last bucket, over two days, has none. */
    public static final List<Duration> AGES = List.of(Duration.ofDays(1), Duration.ofDays(2));

    /** No claim waits. */
    public static final Backlog NONE = new Backlog(0, null, 0, List.of(0L, 0L, 0L));
  }

  /**
   * One member's open work: claims assigned to them that are not approved, published or withdrawn;
   * of those, in research (new, in research or returned) and waiting for review.
   */
  public record PersonLoad(
      long userId, String name, long assigned, long inResearch, long waitingForReview) {}
}
