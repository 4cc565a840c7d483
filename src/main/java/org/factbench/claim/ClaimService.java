package org.factbench.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentText;
import org.factbench.document.SuggestionService;
import org.factbench.security.CurrentUser;
import org.factbench.workspace.WorkspaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes claims: create (by hand or from a span of a document), edit with the version the user
 * saw, import, delete and restore, and link a claim as the same claim as another. Every method
 * names the workspace and checks the caller's role there; every lookup is scoped to that workspace,
 * so an id from elsewhere is simply not found. Each change publishes an event that the history
 * records in the same transaction. Reading is {@link ClaimQueries}; sources and notes have their
 * own services.
 */
@Service
public class ClaimService {

  private final ClaimRepository claims;
  private final ClaimantRepository claimants;
  private final RatingRepository ratings;
  private final SourceRepository sources;
  private final NoteRepository notes;
  private final DocumentService documents;
  private final WorkspaceService workspaces;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final SuggestionService suggestions;
  private final ClaimQueries queries;
  private final FigureChecks figureChecks;

  ClaimService(
      ClaimRepository claims,
      ClaimantRepository claimants,
      RatingRepository ratings,
      SourceRepository sources,
      NoteRepository notes,
      DocumentService documents,
      WorkspaceService workspaces,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      SuggestionService suggestions,
      ClaimQueries queries,
      FigureChecks figureChecks) {
    this.suggestions = suggestions;
    this.queries = queries;
    this.figureChecks = figureChecks;
    this.claims = claims;
    this.claimants = claimants;
    this.ratings = ratings;
    this.sources = sources;
    this.notes = notes;
    this.documents = documents;
    this.workspaces = workspaces;
    this.jdbc = jdbc;
    this.events = events;
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail create(long workspaceId, NewClaim input) {
    long actor = CurrentUser.id();
    Anchor anchor = null;
    Integer time = null;
    DocumentText doc = null;
    if (input.documentId() != null) {
      doc = documents.get(workspaceId, input.documentId());
      anchor = ClaimInputs.anchorFor(doc, input);
      time = doc.secondsAt(anchor.start());
    }
    String wording =
        ClaimInputs.wording(
            input.wording() == null || input.wording().isBlank() && anchor != null
                ? (anchor == null ? "" : anchor.quote())
                : input.wording());
    Claim claim = new Claim(workspaceId, anchor, wording, actor);
    claim.setTimeSeconds(time);
    claim.setTags(ClaimInputs.normaliseTags(input.tags()));
    String claimant = input.claimant();
    if ((claimant == null || claimant.isBlank()) && anchor != null) {
      // a sentence of a transcript: its speaker is the default claimant
      claimant = doc.speakerAt(anchor.start());
    }
    if (claimant != null && !claimant.isBlank()) {
      claim.setClaimantId(claimantId(workspaceId, claimant));
    }
    claims.saveAndFlush(claim);
    if (anchor != null) {
      suggestions.claimed(
          workspaceId, anchor.documentId(), anchor.start(), anchor.end(), claim.getId());
    }
    events.publishEvent(ClaimChanged.of(claim, actor, "created", null, wording));
    return queries.load(workspaceId, claim.getId(), false);
  }

  /**
   * Saves an edit made on the version {@code edit.version()}; if someone saved in between, refuses
   * it with {@link EditConflictException}, which carries the claim as it is now.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail update(long workspaceId, long claimId, ClaimEdit edit) {
    long actor = CurrentUser.id();
    Claim c = claims.live(workspaceId, claimId);
    if (c.getVersion() != edit.version()) {
      throw new EditConflictException(queries.load(workspaceId, claimId, false));
    }
    List<ClaimChanged> changes = new ArrayList<>();
    boolean contentChanged = false;
    String wording = ClaimInputs.wording(edit.wording());
    if (!wording.equals(c.getWording())) {
      changes.add(ClaimChanged.of(c, actor, "wording changed", c.getWording(), wording));
      c.setWording(wording);
      contentChanged = true;
    }
    Long claimantId =
        edit.claimant() == null || edit.claimant().isBlank()
            ? null
            : claimantId(workspaceId, edit.claimant());
    if (!Objects.equals(claimantId, c.getClaimantId())) {
      changes.add(
          ClaimChanged.of(
              c,
              actor,
              "claimant changed",
              claimantName(c.getClaimantId()),
              claimantName(claimantId)));
      c.setClaimantId(claimantId);
      contentChanged = true;
    }
    if (edit.timeSeconds() != null && (edit.timeSeconds() < 0 || edit.timeSeconds() > 86_400 * 7)) {
      throw new ValidationFailedException("timeSeconds", "The time position is out of range.");
    }
    if (!Objects.equals(edit.timeSeconds(), c.getTimeSeconds())) {
      changes.add(
          ClaimChanged.of(
              c, actor, "time position changed", c.getTimeSeconds(), edit.timeSeconds()));
      c.setTimeSeconds(edit.timeSeconds());
    }
    List<String> tags = ClaimInputs.normaliseTags(edit.tags());
    if (!tags.equals(c.getTags())) {
      changes.add(ClaimChanged.of(c, actor, "tags changed", c.getTags(), tags));
      c.setTags(tags);
    }
    if (!Objects.equals(edit.assigneeId(), c.getAssigneeId())) {
      if (edit.assigneeId() != null
          && workspaces.members(workspaceId).stream()
              .noneMatch(m -> m.userId() == edit.assigneeId())) {
        throw new ValidationFailedException(
            "assignee", "The assignee must be a member of the workspace.");
      }
      changes.add(
          ClaimChanged.of(c, actor, "assignee changed", c.getAssigneeId(), edit.assigneeId()));
      c.setAssigneeId(edit.assigneeId());
    }
    String rationale = ClaimInputs.rationale(edit.rationale());
    if (!rationale.equals(c.getRationale())) {
      changes.add(ClaimChanged.of(c, actor, "rationale changed", c.getRationale(), rationale));
      c.setRationale(rationale);
      contentChanged = true;
    }
    ClaimVerdictChanged verdictChange = null;
    if (!Objects.equals(edit.ratingId(), c.getRatingId())) {
      if (edit.ratingId() != null) {
        ratings
            .findByIdAndWorkspaceId(edit.ratingId(), workspaceId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "verdict", "Choose a verdict of this workspace's scale."));
      }
      verdictChange =
          new ClaimVerdictChanged(
              workspaceId,
              claimId,
              actor,
              ratingLabel(c.getRatingId()),
              ratingLabel(edit.ratingId()));
      c.setRatingId(edit.ratingId());
      c.verdictProposedBy(edit.ratingId() == null ? null : actor);
      contentChanged = true;
    }
    if (contentChanged && c.getStatus().locksContent()) {
      throw new ValidationFailedException(
          null,
          "This claim is "
              + c.getStatus().label().toLowerCase(Locale.ROOT)
              + ": its wording, claimant, verdict and rationale can change only after it is"
              + " returned to research.");
    }
    if (contentChanged) {
      c.contentEditedBy(actor);
    }
    if (!changes.isEmpty() || verdictChange != null) {
      c.touch(actor);
      claims.saveAndFlush(c);
      figureChecks.refresh(claimId);
      changes.forEach(events::publishEvent);
      if (verdictChange != null) {
        events.publishEvent(verdictChange);
      }
    }
    return queries.load(workspaceId, claimId, false);
  }

  /**
   * Recreates an exported claim as it was, status included: restoring a team's work is an admin's
   * act, not a review, so the workflow's steps do not apply; the history records the import.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public long importClaim(long workspaceId, ImportedClaim in) {
    long actor = CurrentUser.id();
    Anchor anchor = null;
    Integer time = in.timeSeconds();
    if (in.documentId() != null) {
      DocumentText doc = documents.get(workspaceId, in.documentId());
      anchor =
          ClaimInputs.anchorFor(
              doc,
              new NewClaim(
                  in.documentId(), in.start(), in.end(), in.quote(), null, null, List.of()));
    }
    Claim claim = new Claim(workspaceId, anchor, ClaimInputs.wording(in.wording()), actor);
    claim.setTimeSeconds(time);
    claim.setTags(ClaimInputs.normaliseTags(in.tags()));
    if (in.claimant() != null && !in.claimant().isBlank()) {
      claim.setClaimantId(claimantId(workspaceId, in.claimant()));
    }
    if (in.verdictLabel() != null) {
      Rating rating =
          ratings.scale(workspaceId).stream()
              .filter(r -> r.toVerdict().label().equalsIgnoreCase(in.verdictLabel()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ValidationFailedException(
                          "verdict",
                          "The export uses the verdict \""
                              + in.verdictLabel()
                              + "\", which this workspace's rating scale does not have. Add it"
                              + " to the scale first."));
      claim.setRatingId(rating.getId());
      claim.verdictProposedBy(actor);
    }
    String rationale = ClaimInputs.rationale(in.rationale());
    claim.setRationale(rationale);
    claim.moveTo(in.status() == null ? ClaimStatus.NEW : in.status());
    claims.saveAndFlush(claim);
    events.publishEvent(ClaimChanged.of(claim, actor, "imported", null, claim.getStatus().label()));
    for (SourceInput s : in.sources() == null ? List.<SourceInput>of() : in.sources()) {
      Source saved =
          sources.saveAndFlush(new Source(claim.getId(), s, ClaimInputs.source(s), actor));
      events.publishEvent(
          new SourceAdded(
              workspaceId, claim.getId(), saved.getId(), saved.getUrl(), s.passage(), actor));
    }
    for (String body : in.notes() == null ? List.<String>of() : in.notes()) {
      notes.saveAndFlush(new Note(claim.getId(), actor, ClaimInputs.noteBody(body)));
    }
    figureChecks.refresh(claim.getId());
    return claim.getId();
  }

  /** Deletes a claim softly: it leaves lists and highlights, and an admin can restore it. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void delete(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Claim c = claims.live(workspaceId, claimId);
    c.delete(actor);
    c.touch(actor);
    claims.saveAndFlush(c);
    events.publishEvent(ClaimChanged.of(c, actor, "deleted", c.getWording(), null));
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public ClaimDetail restore(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findAny(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    if (c.isDeleted()) {
      c.restore();
      c.touch(actor);
      claims.saveAndFlush(c);
      events.publishEvent(ClaimChanged.of(c, actor, "restored", null, c.getWording()));
    }
    return queries.load(workspaceId, claimId, false);
  }

  /**
   * Marks {@code claimId} as the same claim as {@code sameAsId}. A link always points to the first
   * claim of its group: linking to a claim that itself repeats another links to that one.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void linkSameAs(long workspaceId, long claimId, long sameAsId) {
    long actor = CurrentUser.id();
    Long current = sameAsOf(workspaceId, claimId);
    Long targetsOwn = sameAsOf(workspaceId, sameAsId);
    long root = targetsOwn != null ? targetsOwn : sameAsId;
    if (root == claimId) {
      throw new ValidationFailedException(
          "sameAs", "A claim cannot be the same claim as itself or as a claim that repeats it.");
    }
    if (current != null && current == root) {
      return;
    }
    jdbc.sql("update claim set same_as_id = ? where id = ?").params(root, claimId).update();
    // claims that repeated this one now repeat the group's first claim
    jdbc.sql("update claim set same_as_id = ? where same_as_id = ?").params(root, claimId).update();
    events.publishEvent(
        ClaimChanged.of(
            workspaceId,
            claimId,
            actor,
            "linked as same claim",
            current == null ? null : "#" + current,
            "#" + root));
  }

  /** Removes the "same claim as" link of {@code claimId}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void unlink(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Long current = sameAsOf(workspaceId, claimId);
    if (current == null) {
      return;
    }
    jdbc.sql("update claim set same_as_id = null where id = ?").param(claimId).update();
    events.publishEvent(
        ClaimChanged.of(
            workspaceId, claimId, actor, "same-claim link removed", "#" + current, null));
  }

  private Long sameAsOf(long workspaceId, long claimId) {
    return jdbc.sql(
            "select same_as_id from claim where id = ? and workspace_id = ? and deleted_at is null")
        .params(claimId, workspaceId)
        .query((rs, i) -> Optional.ofNullable((Long) rs.getObject(1)))
        .optional()
        .orElseThrow(() -> new NotFoundException("The claim"))
        .orElse(null);
  }

  /**
   * Sets the address of the claim's public fact-check (empty removes it). It is what ClaimReview
   * points readers to; it does not change the claim's content, so it is allowed at any step.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail setPublishedUrl(long workspaceId, long claimId, String url) {
    long actor = CurrentUser.id();
    Claim c = claims.live(workspaceId, claimId);
    String clean = org.factbench.base.HttpUrls.normaliseOptional("publishedUrl", url);
    if (!clean.equals(c.getPublishedUrl())) {
      String before = c.getPublishedUrl();
      c.setPublishedUrl(clean);
      c.touch(actor);
      claims.saveAndFlush(c);
      events.publishEvent(
          ClaimChanged.of(
              c,
              actor,
              "published address changed",
              before.isEmpty() ? null : before,
              clean.isEmpty() ? null : clean));
    }
    return queries.load(workspaceId, claimId, false);
  }

  private long claimantId(long workspaceId, String name) {
    String clean = ClaimInputs.claimant(name);
    return claimants
        .findByName(workspaceId, clean)
        .orElseGet(() -> claimants.saveAndFlush(new Claimant(workspaceId, clean)))
        .getId();
  }

  private String claimantName(Long id) {
    return id == null ? null : claimants.findById(id).map(Claimant::getName).orElse(null);
  }

  private String ratingLabel(Long id) {
    return id == null ? null : ratings.findById(id).map(r -> r.toVerdict().label()).orElse(null);
  }
}
