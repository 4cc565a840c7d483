package org.factbench.review;

import static org.factbench.claim.ClaimStatus.APPROVED;
import static org.factbench.claim.ClaimStatus.DISPUTED;
import static org.factbench.claim.ClaimStatus.IN_RESEARCH;
import static org.factbench.claim.ClaimStatus.NEW;
import static org.factbench.claim.ClaimStatus.PUBLISHED;
import static org.factbench.claim.ClaimStatus.READY_FOR_REVIEW;
import static org.factbench.claim.ClaimStatus.RETURNED;
import static org.factbench.claim.ClaimStatus.WITHDRAWN;
import static org.factbench.review.ReviewAction.APPROVE;
import static org.factbench.review.ReviewAction.DISPUTE;
import static org.factbench.review.ReviewAction.PUBLISH;
import static org.factbench.review.ReviewAction.REOPEN;
import static org.factbench.review.ReviewAction.RETURN;
import static org.factbench.review.ReviewAction.SEND_TO_REVIEW;
import static org.factbench.review.ReviewAction.START_RESEARCH;
import static org.factbench.review.ReviewAction.WITHDRAW;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factbench.claim.ClaimStatus;
import org.factbench.security.Role;

/**
 * The review workflow as one table: from which status an action leads where, the least workspace
 * role it needs, whether the four-eyes rule applies (the actor must not have proposed the verdict
 * nor last edited the claim's content) and whether the actor must give a reason. Resolving a
 * dispute is not in the table: it is a decision between two positions, see {@link
 * ReviewService#resolveDispute}.
 */
public final class Workflow {

  /** One allowed step. */
  public record Transition(
      ClaimStatus from,
      ReviewAction action,
      ClaimStatus to,
      Role role,
      boolean fourEyes,
      boolean reasonRequired) {}

  /** The table. Anything not in it is refused. */
  public static final List<Transition> TRANSITIONS =
      List.of(
          t(NEW, START_RESEARCH, IN_RESEARCH, Role.EDITOR, false, false),
          t(RETURNED, START_RESEARCH, IN_RESEARCH, Role.EDITOR, false, false),
          t(NEW, SEND_TO_REVIEW, READY_FOR_REVIEW, Role.EDITOR, false, false),
          t(IN_RESEARCH, SEND_TO_REVIEW, READY_FOR_REVIEW, Role.EDITOR, false, false),
          t(RETURNED, SEND_TO_REVIEW, READY_FOR_REVIEW, Role.EDITOR, false, false),
          t(READY_FOR_REVIEW, APPROVE, APPROVED, Role.REVIEWER, true, false),
          t(READY_FOR_REVIEW, RETURN, RETURNED, Role.REVIEWER, true, true),
          t(READY_FOR_REVIEW, DISPUTE, DISPUTED, Role.REVIEWER, true, true),
          t(APPROVED, RETURN, RETURNED, Role.REVIEWER, false, true),
          t(APPROVED, DISPUTE, DISPUTED, Role.REVIEWER, true, true),
          t(APPROVED, PUBLISH, PUBLISHED, Role.REVIEWER, true, false),
          t(NEW, WITHDRAW, WITHDRAWN, Role.EDITOR, false, true),
          t(IN_RESEARCH, WITHDRAW, WITHDRAWN, Role.EDITOR, false, true),
          t(RETURNED, WITHDRAW, WITHDRAWN, Role.EDITOR, false, true),
          t(READY_FOR_REVIEW, WITHDRAW, WITHDRAWN, Role.EDITOR, false, true),
          t(APPROVED, WITHDRAW, WITHDRAWN, Role.REVIEWER, false, true),
          t(DISPUTED, WITHDRAW, WITHDRAWN, Role.REVIEWER, false, true),
          t(PUBLISHED, WITHDRAW, WITHDRAWN, Role.REVIEWER, false, true),
          t(WITHDRAWN, REOPEN, IN_RESEARCH, Role.EDITOR, false, false));

  /** Statuses a reviewer works from, oldest first: the review queue. */
  public static final Set<ClaimStatus> AWAITING_REVIEW = EnumSet.of(READY_FOR_REVIEW, DISPUTED);

  private Workflow() {}

  private static Transition t(
      ClaimStatus from,
      ReviewAction action,
      ClaimStatus to,
      Role role,
      boolean fourEyes,
      boolean reason) {
    return new Transition(from, action, to, role, fourEyes, reason);
  }

  /** The step {@code action} from {@code from}, if the table has it. */
  public static Optional<Transition> find(ClaimStatus from, ReviewAction action) {
    return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /** The steps that leave {@code from}, in table order. */
  public static List<Transition> from(ClaimStatus from) {
    return TRANSITIONS.stream().filter(t -> t.from() == from).toList();
  }
}
