package org.factbench.claim;

import java.util.List;
import org.factbench.base.Contrast;
import org.factbench.base.ControlCharacters;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's rating scale: the default one on creation, read by members, edited by its admins. A
 * verdict's colour is a background for its label, so it must let black or white text reach WCAG AA
 * contrast ({@link Contrast}).
 */
@Service
public class RatingScale {

  /** The default scale, best first; the last two are off the numeric scale. */
  static final List<Verdict> DEFAULT =
      List.of(
          new Verdict(0, 1, "True", "#2e7d32", "Accurate, nothing significant missing.", true, 0),
          new Verdict(
              0,
              2,
              "Mostly true",
              "#689f38",
              "Accurate but needs clarification or extra information.",
              true,
              0),
          new Verdict(0, 3, "Mixed", "#f9a825", "Partly accurate, partly not.", true, 0),
          new Verdict(
              0,
              4,
              "Misleading",
              "#ef6c00",
              "Accurate facts arranged to give a false impression.",
              true,
              0),
          new Verdict(
              0,
              5,
              "Mostly false",
              "#e64a19",
              "Contains an element of truth but ignores critical facts.",
              true,
              0),
          new Verdict(0, 6, "False", "#c62828", "Not accurate.", true, 0),
          new Verdict(
              0,
              7,
              "Unverifiable",
              "#757575",
              "The evidence available cannot settle it.",
              false,
              0),
          new Verdict(
              0,
              8,
              "Not a factual claim",
              "#9e9e9e",
              "Opinion, prediction or rhetoric; nothing to check.",
              false,
              0));

  private final RatingRepository ratings;

  RatingScale(RatingRepository ratings) {
    this.ratings = ratings;
  }

  @EventListener
  @Transactional
  void onWorkspaceCreated(WorkspaceCreated created) {
    for (Verdict v : DEFAULT) {
      ratings.save(
          new Rating(
              created.workspaceId(),
              v.position(),
              v.label(),
              v.colour(),
              v.description(),
              v.onScale()));
    }
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<Verdict> of(long workspaceId) {
    return ratings.scale(workspaceId).stream().map(Rating::toVerdict).toList();
  }

  /** Changes one entry of the scale; the version the admin saw must still be current. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public Verdict update(long workspaceId, Verdict edited) {
    Rating r =
        ratings
            .findByIdAndWorkspaceId(edited.id(), workspaceId)
            .orElseThrow(() -> new NotFoundException("The rating"));
    if (r.getVersion() != edited.version()) {
      throw new org.springframework.dao.OptimisticLockingFailureException("rating changed");
    }
    ControlCharacters.refuse("label", edited.label());
    ControlCharacters.refuse("description", edited.description());
    if (edited.label() == null || edited.label().isBlank() || edited.label().length() > 60) {
      throw new ValidationFailedException("label", "A rating needs a label of 1 to 60 characters.");
    }
    if (!Contrast.isHex(edited.colour())) {
      throw new ValidationFailedException("colour", "Give the colour as #rrggbb.");
    }
    try {
      // badges write the label on the colour in black or white, whichever reads better
      Contrast.requireReadable(edited.colour(), Contrast.AA);
    } catch (IllegalArgumentException unreadable) {
      throw new ValidationFailedException(
          "colour", unreadable.getMessage() + " Choose a darker or a lighter colour.");
    }
    r.update(
        edited.position(),
        edited.label().strip(),
        edited.colour(),
        edited.description() == null ? "" : edited.description().strip(),
        edited.onScale());
    ratings.flush();
    return r.toVerdict();
  }
}
