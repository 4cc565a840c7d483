package org.factbench.base;

/**
 * An event that the history keeps: who did what to which subject, with the value before and after.
 * Features publish their own past-tense events (for example {@code ClaimVerdictChanged})
 * implementing this; the history records them in the same transaction as the change.
 */
public interface HistoryEvent {

  long workspaceId();

  /** What kind of thing changed: "claim", "source", "note", "document". */
  String subjectType();

  long subjectId();

  /** The claim the change belongs to, or {@code null}. */
  Long claimId();

  long actorId();

  /** A short verb phrase: "created", "verdict changed", "source added". */
  String action();

  String before();

  String after();

  /** Why, when the actor gave a reason; else {@code null}. */
  default String reason() {
    return null;
  }

  /** An event whose subject is its claim. */
  interface OfClaim extends HistoryEvent {

    @Override
    default String subjectType() {
      return "claim";
    }

    @Override
    default long subjectId() {
      return claimId();
    }
  }
}
