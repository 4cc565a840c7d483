package org.factbench.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factbench.base.ControlCharacters;
import org.factbench.base.NotAllowedException;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.claim.workflow.ClaimWorkflow;
import org.factbench.claim.workflow.ClaimWorkflow.Adoption;
import org.factbench.claim.workflow.ClaimWorkflow.Comment;
import org.factbench.claim.workflow.ReviewSubject;
import org.factbench.review.Workflow.Transition;
import org.factbench.security.CurrentUser;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: moves claims through {@link Workflow}'s table, applies the four-eyes rule,
 * and opens and resolves disputes. Every step carries the claim version the user decided on; a
 * decision on a claim that changed since is refused, so nobody approves what they did not see.
 */
@Service
public class ReviewService {

  static final int MAX_REASON = 5_000;

  private final ClaimWorkflow claims;
  private final DisputeRepository disputes;
  private final RatingScale ratings;
  private final ClaimQueries queries;
  private final WorkspaceGuard guard;
  private final ApplicationEventPublisher events;

  ReviewService(
      ClaimWorkflow claims,
      DisputeRepository disputes,
      RatingScale ratings,
      ClaimQueries queries,
      WorkspaceGuard guard,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.disputes = disputes;
    this.ratings = ratings;
    this.queries = queries;
    this.guard = guard;
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
    ReviewSubject c = claims.atVersion(workspaceId, claimId, version);
    Transition t = step(c, action);
    refuseIfNotAllowed(c, t, guard.roleIn(workspaceId), actor);
    String why = reason(reason, t.reasonRequired(), action);
    if (action == ReviewAction.SEND_TO_REVIEW) {
      if (c.ratingId() == null || c.rationale().isBlank()) {
        throw new ValidationFailedException(
            null, "Propose a verdict and write the rationale before you send the claim to review.");
      }
    }
    Comment comment =
        why != null
            ? Comment.of(why)
            : action == ReviewAction.APPROVE || action == ReviewAction.PUBLISH
                ? Comment.clear()
                : Comment.keep();
    claims.move(workspaceId, claimId, t.to(), comment, null, actor);
    events.publishEvent(
        new ClaimStatusChanged(
            workspaceId, claimId, actor, action.pastTense(), c.status(), t.to(), why));
    return queries.detail(workspaceId, claimId);
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
    ReviewSubject c = claims.atVersion(workspaceId, claimId, version);
    Transition t = step(c, ReviewAction.DISPUTE);
    refuseIfNotAllowed(c, t, guard.roleIn(workspaceId), actor);
    if (ratingId == null) {
      throw new ValidationFailedException("verdict", "Choose the verdict you would give.");
    }
    Verdict proposed =
        ratings.of(workspaceId).stream()
            .filter(v -> v.id() == ratingId)
            .findFirst()
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "verdict", "Choose a verdict of this workspace's scale."));
    if (ratingId.equals(c.ratingId())) {
      throw new ValidationFailedException(
          "verdict",
          "That is the verdict already proposed. To question only the rationale or the sources,"
              + " return the claim with a comment.");
    }
    String why = reason(reason, true, ReviewAction.DISPUTE);
    Dispute d =
        disputes.saveAndFlush(
            new Dispute(
                workspaceId,
                claimId,
                actor,
                c.ratingId(),
                c.rationale(),
                c.verdictBy(),
                ratingId,
                why));
    claims.move(workspaceId, claimId, ClaimStatus.DISPUTED, Comment.of(why), null, actor);
    events.publishEvent(
        new ClaimStatusChanged(
            workspaceId, claimId, actor, "disputed", c.status(), ClaimStatus.DISPUTED, why));
    events.publishEvent(
        new VerdictDisputed(
            workspaceId, claimId, d.getId(), actor, c.verdictLabel(), proposed.label(), why));
    return queries.detail(workspaceId, claimId);
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
    ReviewSubject c = claims.atVersion(workspaceId, claimId, version);
    if (c.status() != ClaimStatus.DISPUTED) {
      throw new ValidationFailedException(
          null,
          "This claim is " + lower(c.status()) + ", not disputed: there is nothing to decide.");
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
    Adoption adoption =
        resolution == DisputeResolution.ADOPTED
            ? new Adoption(d.getProposedRatingId(), d.getOpenedBy())
            : null;
    d.resolve(actor, resolution, why);
    disputes.saveAndFlush(d);
    claims.move(workspaceId, claimId, to, Comment.of(why), adoption, actor);
    events.publishEvent(
        new ClaimStatusChanged(
            workspaceId,
            claimId,
            actor,
            "dispute resolved: " + resolution.label().toLowerCase(Locale.ROOT),
            ClaimStatus.DISPUTED,
            to,
            why));
    return queries.detail(workspaceId, claimId);
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
    ReviewSubject c = claims.current(workspaceId, claimId);
    List<ReviewOption> options = new ArrayList<>();
    for (Transition t : Workflow.from(c.status())) {
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
    ReviewSubject c = claims.current(workspaceId, claimId);
    if (c.status() != ClaimStatus.DISPUTED || !role.includes(Role.REVIEWER)) {
      return new ReviewOption(null, false, "Only reviewers and admins decide disputes.", true);
    }
    String why = disputes.findOpen(claimId).map(d -> resolveRefusal(c, d, actor)).orElse(null);
    return new ReviewOption(null, why == null, why, true);
  }

  // ----------------------------------------------------------------------------------------------
  // rules

  private static Transition step(ReviewSubject c, ReviewAction action) {
    return Workflow.find(c.status(), action)
        .orElseThrow(
            () ->
                new ValidationFailedException(
                    null,
                    "A claim that is "
                        + lower(c.status())
                        + " cannot be "
                        + action.pastTense()
                        + ". "
                        + next(c.status())));
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

  private static void refuseIfNotAllowed(ReviewSubject c, Transition t, Role role, long actor) {
    String why = refusal(c, t, role, actor);
    if (why != null) {
      throw new NotAllowedException(why);
    }
  }

  /** Why {@code actor} may not take step {@code t} on {@code c}, or {@code null} if they may. */
  static String refusal(ReviewSubject c, Transition t, Role role, long actor) {
    if (!role.includes(t.role())) {
      return "Only "
          + plural(t.role())
          + " may do this: "
          + t.action().label().toLowerCase(Locale.ROOT)
          + ".";
    }
    if (t.fourEyes()) {
      if (c.proposedBy(actor)) {
        return "You proposed this verdict; another reviewer must "
            + t.action().label().toLowerCase(Locale.ROOT)
            + " it (four-eyes rule).";
      }
      if (c.editedBy(actor)) {
        return "You last edited this claim; another reviewer must "
            + t.action().label().toLowerCase(Locale.ROOT)
            + " it (four-eyes rule).";
      }
    }
    return null;
  }

  private static String resolveRefusal(ReviewSubject c, Dispute d, long actor) {
    if (d.getOpenedBy() == actor) {
      return "You opened this dispute; a second reviewer or an admin decides it.";
    }
    if (c.proposedBy(actor) || c.editedBy(actor)) {
      return "You proposed the verdict under dispute; a second reviewer or an admin decides it.";
    }
    return null;
  }

  private static String reason(String raw, boolean required, ReviewAction action) {
    String r = ControlCharacters.refuse("reason", raw == null ? "" : raw.strip());
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
}
