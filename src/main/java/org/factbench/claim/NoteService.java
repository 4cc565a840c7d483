package org.factbench.claim;

import org.factbench.base.NotFoundException;
import org.factbench.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's notes: a thread in safe Markdown for the team. Everyone who may edit the claim may add
 * a note; only its author may edit one.
 */
@Service
public class NoteService {

  private final ClaimRepository claims;
  private final NoteRepository notes;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  NoteService(
      ClaimRepository claims,
      NoteRepository notes,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.notes = notes;
    this.jdbc = jdbc;
    this.events = events;
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public NoteView addNote(long workspaceId, long claimId, String body) {
    long actor = CurrentUser.id();
    claims.live(workspaceId, claimId);
    Note n = notes.saveAndFlush(new Note(claimId, actor, ClaimInputs.noteBody(body)));
    events.publishEvent(
        new ClaimChanged(
            workspaceId, claimId, "note", n.getId(), actor, "note added", null, n.getBody(), null));
    return view(n);
  }

  /** Edits a note; only its author may, and only from the version they saw. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public NoteView editNote(long workspaceId, long claimId, long noteId, String body, long version) {
    long actor = CurrentUser.id();
    claims.live(workspaceId, claimId);
    Note n =
        notes
            .findById(noteId)
            .filter(x -> x.getClaimId() == claimId)
            .orElseThrow(() -> new NotFoundException("The note"));
    if (n.getAuthorId() != actor) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the author of a note may edit it.");
    }
    if (n.getVersion() != version) {
      throw new org.springframework.dao.OptimisticLockingFailureException("note changed");
    }
    String before = n.getBody();
    n.edit(ClaimInputs.noteBody(body));
    notes.saveAndFlush(n);
    events.publishEvent(
        new ClaimChanged(
            workspaceId, claimId, "note", noteId, actor, "note edited", before, n.getBody(), null));
    return view(n);
  }

  private NoteView view(Note n) {
    String author =
        jdbc.sql("select display_name from user_name where id = ?")
            .param(n.getAuthorId())
            .query(String.class)
            .optional()
            .orElse("?");
    return new NoteView(
        n.getId(),
        n.getAuthorId(),
        author,
        n.getBody(),
        NoteMarkdown.toSafeHtml(n.getBody()),
        n.getCreatedAt(),
        n.getEditedAt(),
        n.getVersion());
  }
}
