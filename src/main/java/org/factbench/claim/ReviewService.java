package org.factbench.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factbench.base.NotAllowedException;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.Workflow.Transition;
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
 * The review workflow: moves claims through {@link Workflow}'s table, applies the four-eyes rule,
 * opens and resolves disputes, and reads the review queue and each user's assigned work. Every step
 * carries the claim version the user decided on; a decision on a claim that changed since is
 * refused, so nobody approves what they did not see.
 */
@Service
public class ReviewService {

  static final int MAX_REASON = 5_000;

  private final ClaimRepository claims;
  private final DisputeRepository disputes;
  private final RatingRepository ratings;
  private final ClaimService claimService;
  private final WorkspaceGuard guard;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ReviewService(
      ClaimRepository claims,
      DisputeRepository disputes,
      RatingRepository ratings,
      ClaimService claimService,
      WorkspaceGuard guard,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.disputes = disputes;
    this.ratings = ratings;
    this.claimService = claimService;
    this.guard = guard;
    this.jdbc = jdbc;
    this.events = events;
  }

  // ----------------------------------------------------------------------------------------------
  // steps

  /**
   * Takes one step of the table: start research, send to review, approve, return, publish, withdraw
   * or reopen. Disputes go through {@link #dispute}, their ends through {@link #resolveDispute}.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail transition(
      long workspaceId, long claimId, ReviewAction action, String reason, long version) {
    long actor = CurrentUser.id();
    if (action == ReviewAction.DISPUTE) {
      throw new ValidationFailedException(
          null, "A dispute needs your own verdict: use \"Dispute\" with a verdict and a reason.");
    }
    Claim c = live(workspaceId, claimId, version);
    Transition t = step(c, action);
    refuseIfNotAllowed(c, t, guard.roleIn(workspaceId), actor);
    String why = reason(reason, t.reasonRequired(), action);
    if (action == ReviewAction.SEND_TO_REVIEW) {
      if (c.getRatingId() == null || c.getRationale().isBlank()) {
        throw new ValidationFailedException(
            null, "Propose a verdict and write the rationale before you send the claim to review.");
      }
    }
    ClaimStatus from = c.getStatus();
    c.moveTo(t.to());
    if (why != null) {
      c.comment(why, actor);
    } else if (action == ReviewAction.APPROVE || action == ReviewAction.PUBLISH) {
      c.comment(null, actor);
    }
    c.touch(actor);
    claims.saveAndFlush(c);
    events.publishEvent(
        new ClaimStatusChanged(workspaceId, claimId, actor, action.pastTense(), from, t.to(), why));
    return claimService.load(workspaceId, claimId, false);
  }

  /**
   * Disputes the claim's verdict: the reviewer puts their own verdict and reason next to it. The
   * claim stays disputed until a second reviewer or an admin decides.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'REVIEWER')")
  @Transactional
  public ClaimDetail dispute(
      long workspaceId, long claimId, Long ratingId, String reason, long version) {
    long actor = CurrentUser.id();
    Claim c = live(workspaceId, claimId, version);
    Transition t = step(c, ReviewAction.DISPUTE);
    refuseIfNotAllowed(c, t, guard.roleIn(workspaceId), actor);
    if (ratingId == null) {
      throw new ValidationFailedException("verdict", "Choose the verdict you would give.");
    }
    Rating proposed =
        ratings
            .findByIdAndWorkspaceId(ratingId, workspaceId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "verdict", "Choose a verdict of this workspace's scale."));
    if (ratingId.equals(c.getRatingId())) {
      throw new ValidationFailedException(
          "verdict",
          "That is the verdict already proposed. To question only the rationale or the sources,"
              + " return the claim with a comment.");
    }
    String why = reason(reason, true, ReviewAction.DISPUTE);
    Dispute d = disputes.saveAndFlush(new Dispute(c, actor, ratingId, why));
    ClaimStatus from = c.getStatus();
    c.moveTo(ClaimStatus.DISPUTED);
    c.comment(why, actor);
    c.touch(actor);
    claims.saveAndFlush(c);
    events.publishEvent(
        new ClaimStatusChanged(
            workspaceId, claimId, actor, "disputed", from, ClaimStatus.DISPUTED, why));
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "dispute",
            d.getId(),
            actor,
            "verdict disputed",
            label(c.getRatingId()),
            proposed.toVerdict().label(),
            why));
    return claimService.load(workspaceId, claimId, false);
  }

  /**
   * Ends a dispute: upholds the proposed verdict or adopts the disputing reviewer's (the claim is
   * then approved), or returns the claim to research. Neither the disputing reviewer nor the one
   * who proposed the verdict may decide.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'REVIEWER')")
  @Transactional
  public ClaimDetail resolveDispute(
      long workspaceId, long claimId, DisputeResolution resolution, String reason, long version) {
    long actor = CurrentUser.id();
    Claim c = live(workspaceId, claimId, version);
    if (c.getStatus() != ClaimStatus.DISPUTED) {
      throw new ValidationFailedException(
          null,
          "This claim is " + lower(c.getStatus()) + ", not disputed: there is nothing to decide.");
    }
    Dispute d =
        disputes
            .findOpen(claimId)
            .orElseThrow(() -> new IllegalStateException("disputed claim without a dispute"));
    String refusal = resolveRefusal(c, d, actor);
    if (refusal != null) {
      throw new NotAllowedException(refusal);
    }
    if (resolution == null) {
      throw new ValidationFailedException("resolution", "Choose how the dispute ends.");
    }
    String why = reason(reason, true, null);
    ClaimStatus to =
        resolution == DisputeResolution.RETURNED ? ClaimStatus.RETURNED : ClaimStatus.APPROVED;
    if (resolution == DisputeResolution.ADOPTED) {
      String before = label(c.getRatingId());
      c.setRatingId(d.getProposedRatingId());
      c.verdictProposedBy(d.getOpenedBy());
      events.publishEvent(
          new ClaimVerdictChanged(
              workspaceId, claimId, actor, before, label(d.getProposedRatingId())));
    }
    d.resolve(actor, resolution, why);
    disputes.saveAndFlush(d);
    c.moveTo(to);
    c.comment(why, actor);
    c.touch(actor);
    claims.saveAndFlush(c);
    events.publishEvent(
        new ClaimStatusChanged(
            workspaceId,
            claimId,
            actor,
            "dispute resolved: " + resolution.label().toLowerCase(Locale.ROOT),
            ClaimStatus.DISPUTED,
            to,
            why));
    return claimService.load(workspaceId, claimId, false);
  }

  /**
   * What the signed-in user may do with the claim now, each with the reason when not; the UI shows
   * these as enabled or disabled buttons.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<ReviewOption> options(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Role role = guard.roleIn(workspaceId);
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    List<ReviewOption> options = new ArrayList<>();
    for (Transition t : Workflow.from(c.getStatus())) {
      if (!role.includes(Role.EDITOR)) {
        continue;
      }
      String why = refusal(c, t, role, actor);
      options.add(new ReviewOption(t.action(), why == null, why, t.reasonRequired()));
    }
    return options;
  }

  /** Whether the signed-in user may decide the claim's open dispute, and if not, why. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ReviewOption resolveOption(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Role role = guard.roleIn(workspaceId);
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    if (c.getStatus() != ClaimStatus.DISPUTED || !role.includes(Role.REVIEWER)) {
      return new ReviewOption(null, false, "Only reviewers and admins decide disputes.", true);
    }
    String why = disputes.findOpen(claimId).map(d -> resolveRefusal(c, d, actor)).orElse(null);
    return new ReviewOption(null, why == null, why, true);
  }

  // ----------------------------------------------------------------------------------------------
  // rules

  private Claim live(long workspaceId, long claimId, long version) {
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    if (c.getVersion() != version) {
      throw new EditConflictException(claimService.load(workspaceId, claimId, false));
    }
    return c;
  }

  private static Transition step(Claim c, ReviewAction action) {
    return Workflow.find(c.getStatus(), action)
        .orElseThrow(
            () ->
                new ValidationFailedException(
                    null,
                    "A claim that is "
                        + lower(c.getStatus())
                        + " cannot be "
                        + action.pastTense()
                        + ". "
                        + next(c.getStatus())));
  }

  private static String next(ClaimStatus status) {
    List<Transition> out = Workflow.from(status);
    return out.isEmpty()
        ? ""
        : "From here it can be: "
            + out.stream()
                .map(t -> t.action().pastTense())
                .distinct()
                .collect(Collectors.joining(", "))
            + ".";
  }

  private static void refuseIfNotAllowed(Claim c, Transition t, Role role, long actor) {
    String why = refusal(c, t, role, actor);
    if (why != null) {
      throw new NotAllowedException(why);
    }
  }

  /** Why {@code actor} may not take step {@code t} on {@code c}, or {@code null} if they may. */
  static String refusal(Claim c, Transition t, Role role, long actor) {
    if (!role.includes(t.role())) {
      return "Only "
          + plural(t.role())
          + " may do this: "
          + t.action().label().toLowerCase(Locale.ROOT)
          + ".";
    }
    if (t.fourEyes()) {
      if (c.getVerdictBy() != null && c.getVerdictBy() == actor) {
        return "You proposed this verdict; another reviewer must "
            + t.action().label().toLowerCase(Locale.ROOT)
            + " it (four-eyes rule).";
      }
      if (c.getEditedBy() != null && c.getEditedBy() == actor) {
        return "You last edited this claim; another reviewer must "
            + t.action().label().toLowerCase(Locale.ROOT)
            + " it (four-eyes rule).";
      }
    }
    return null;
  }

  private static String resolveRefusal(Claim c, Dispute d, long actor) {
    if (d.getOpenedBy() == actor) {
      return "You opened this dispute; a second reviewer or an admin decides it.";
    }
    if (c.getVerdictBy() != null && c.getVerdictBy() == actor
        || c.getEditedBy() != null && c.getEditedBy() == actor) {
      return "You proposed the verdict under dispute; a second reviewer or an admin decides it.";
    }
    return null;
  }

  private static String reason(String raw, boolean required, ReviewAction action) {
    String r = raw == null ? "" : raw.strip();
    if (r.isEmpty()) {
      if (required) {
        throw new ValidationFailedException(
            "reason",
            action == ReviewAction.RETURN
                ? "Tell the editor what to do next: the comment is required."
                : "Give a reason; it is kept in the claim's history.");
      }
      return null;
    }
    if (r.length() > MAX_REASON) {
      throw new ValidationFailedException(
          "reason", "Keep the reason under " + MAX_REASON + " characters.");
    }
    return r;
  }

  private static String plural(Role role) {
    return switch (role) {
      case VIEWER -> "members";
      case EDITOR -> "editors, reviewers and admins";
      case REVIEWER -> "reviewers and admins";
      case ADMIN -> "admins";
    };
  }

  private static String lower(ClaimStatus s) {
    return s.label().toLowerCase(Locale.ROOT);
  }

  private String label(Long ratingId) {
    return ratingId == null
        ? null
        : ratings.findById(ratingId).map(r -> r.toVerdict().label()).orElse(null);
  }

  // ----------------------------------------------------------------------------------------------
  // lists

  private static final String QUEUE_SELECT =
      """
      select c.id, c.wording, c.status, c.status_changed_at, r.label as verdict_label,
             r.colour as verdict_colour, uv.display_name as proposed_by, ua.display_name as assignee,
             c.document_id, d.title as document_title, c.review_comment
      from claim c
        left join rating r on r.id = c.rating_id
        left join app_user uv on uv.id = c.verdict_by
        left join app_user ua on ua.id = c.assignee_id
        left join document d on d.id = c.document_id
      """;

  /**
   * The review queue: claims in {@code statuses} (by default those waiting for a reviewer: ready
   * for review and disputed), oldest first, optionally of one assignee or document.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<QueueRow> queue(
      long workspaceId,
      Set<ClaimStatus> statuses,
      Long assigneeId,
      Long documentId,
      Pageable page) {
    Set<ClaimStatus> wanted =
        statuses == null || statuses.isEmpty() ? Workflow.AWAITING_REVIEW : statuses;
    StringBuilder sql =
        new StringBuilder(QUEUE_SELECT)
            .append(
                " where c.workspace_id = :ws and c.deleted_at is null and c.status in (:statuses)");
    var params = new java.util.HashMap<String, Object>();
    params.put("ws", workspaceId);
    params.put("statuses", wanted.stream().map(Enum::name).toList());
    if (assigneeId != null) {
      sql.append(" and c.assignee_id = :assignee");
      params.put("assignee", assigneeId);
    }
    if (documentId != null) {
      sql.append(" and c.document_id = :doc");
      params.put("doc", documentId);
    }
    sql.append(" order by c.status_changed_at, c.id limit :limit offset :offset");
    params.put("limit", page.getPageSize() + 1);
    params.put("offset", page.getOffset());
    return ClaimService.slice(
        jdbc.sql(sql.toString()).params(params).query((rs, i) -> queueRow(rs)).list(), page);
  }

  /**
   * The signed-in user's assigned claims in the workspace, by workflow state (the order of {@link
   * ClaimStatus}), oldest first within a state; only {@code status} when given.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<QueueRow> myWork(long workspaceId, ClaimStatus status, Pageable page) {
    StringBuilder sql =
        new StringBuilder(QUEUE_SELECT)
            .append(" where c.workspace_id = :ws and c.deleted_at is null and c.assignee_id = :me");
    var params = new java.util.HashMap<String, Object>();
    params.put("ws", workspaceId);
    params.put("me", CurrentUser.id());
    if (status != null) {
      sql.append(" and c.status = :status");
      params.put("status", status.name());
    }
    sql.append(" order by ").append(WORKFLOW_ORDER).append(", c.status_changed_at, c.id");
    sql.append(" limit :limit offset :offset");
    params.put("limit", page.getPageSize() + 1);
    params.put("offset", page.getOffset());
    return ClaimService.slice(
        jdbc.sql(sql.toString()).params(params).query((rs, i) -> queueRow(rs)).list(), page);
  }

  /** How many claims the signed-in user has assigned in each state. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> myWorkCounts(long workspaceId) {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    jdbc.sql(
            """
            select status, count(*) from claim
            where workspace_id = ? and assignee_id = ? and deleted_at is null group by status
            """)
        .params(workspaceId, CurrentUser.id())
        .query(
            rs -> {
              counts.put(ClaimStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  /** Sorts by the order of {@link ClaimStatus}: the workflow's order. */
  private static final String WORKFLOW_ORDER =
      java.util.Arrays.stream(ClaimStatus.values())
          .map(st -> " when '" + st.name() + "' then " + st.ordinal())
          .collect(Collectors.joining("", "case c.status", " end"));

  private static QueueRow queueRow(java.sql.ResultSet rs) throws java.sql.SQLException {
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
