package org.factbench.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a figure leads: the claims list of a workspace narrowed to the claims the figure counts, as
 * query parameters of {@code workspaces/{id}/claims} that anyone can bookmark. The desk dashboard
 * writes them; the claims list reads them, ignoring a value it does not understand (an old or
 * edited link still opens the list).
 *
 * @param waitingOverDays the claims whose status has not changed for more than that many days
 * @param figureFlagged the claims whose figures the figure check flagged
 */
public record ClaimListLink(
    ClaimStatus status,
    Long ratingId,
    Long assigneeId,
    Integer waitingOverDays,
    boolean figureFlagged) {

  /** The whole list. */
  public static final ClaimListLink ALL = new ClaimListLink(null, null, null, null, false);

  public static ClaimListLink status(ClaimStatus status) {
    return ALL.withStatus(status);
  }

  public ClaimListLink withStatus(ClaimStatus newStatus) {
    return new ClaimListLink(newStatus, ratingId, assigneeId, waitingOverDays, figureFlagged);
  }

  public ClaimListLink withRating(long newRatingId) {
    return new ClaimListLink(status, newRatingId, assigneeId, waitingOverDays, figureFlagged);
  }

  public ClaimListLink withAssignee(long newAssigneeId) {
    return new ClaimListLink(status, ratingId, newAssigneeId, waitingOverDays, figureFlagged);
  }

  public ClaimListLink waitingOver(int days) {
    return new ClaimListLink(status, ratingId, assigneeId, days, figureFlagged);
  }

  public ClaimListLink flaggedFigures() {
    return new ClaimListLink(status, ratingId, assigneeId, waitingOverDays, true);
  }

  /** The list's address, relative to the application's root. */
  public String href(long workspaceId) {
    List<String> query = new ArrayList<>();
    Optional.ofNullable(status).ifPresent(s -> query.add("status=" + s.name()));
    Optional.ofNullable(ratingId).ifPresent(r -> query.add("verdict=" + r));
    Optional.ofNullable(assigneeId).ifPresent(a -> query.add("assignee=" + a));
    Optional.ofNullable(waitingOverDays).ifPresent(d -> query.add("waiting-over-days=" + d));
    if (figureFlagged) {
      query.add("figures=flagged");
    }
    return "workspaces/"
        + workspaceId
        + "/claims"
        + (query.isEmpty() ? "" : "?" + String.join("&", query));
  }

  /**
   * The link that {@code parameters} (a request's query) describe; what is not understood is left
   * out.
   */
  public static ClaimListLink of(Map<String, List<String>> parameters) {
    return new ClaimListLink(
        first(parameters, "status").flatMap(ClaimListLink::statusNamed).orElse(null),
        first(parameters, "verdict").flatMap(ClaimListLink::number).orElse(null),
        first(parameters, "assignee").flatMap(ClaimListLink::number).orElse(null),
        first(parameters, "waiting-over-days")
            .flatMap(ClaimListLink::number)
            .filter(d -> d > 0 && d <= 3650)
            .map(Long::intValue)
            .orElse(null),
        first(parameters, "figures").filter("flagged"::equals).isPresent());
  }

  /**
   * {@code filter} narrowed by what this link adds to the list's own fields: how long the status
   * has not changed (counted from {@code now}) and flagged figures.
   */
  public ClaimFilter narrow(ClaimFilter filter, Instant now) {
    ClaimFilter f = filter.withFigureFlagged(figureFlagged);
    return waitingOverDays == null
        ? f
        : f.withStatusBefore(now.minus(Duration.ofDays(waitingOverDays)));
  }

  private static Optional<String> first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  private static Optional<ClaimStatus> statusNamed(String name) {
    for (ClaimStatus s : ClaimStatus.values()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
