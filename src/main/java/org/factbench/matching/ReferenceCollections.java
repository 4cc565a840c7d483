package org.factbench.matching;

import java.sql.Date;
import java.util.List;
import org.factbench.base.ControlCharacters;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference collections: fact-checks published elsewhere (ClaimReview JSON-LD, CSV or TSV),
 * imported read-only so that matching finds them beside the workspace's own claims. A file is read
 * and checked whole before anything is stored; its items are then stored in one transaction, and
 * their vectors are computed in the background (the collection's progress). Editors import and
 * delete; everyone in the workspace lists them.
 */
@Service
public class ReferenceCollections {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ApplicationEventPublisher events;

  ReferenceCollections(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.events = events;
  }

  /**
   * Imports {@code file} as a new collection named {@code name}; {@code publisher} is used for
   * items that do not name their own ("Snopes"). Refused, with nothing stored, when the file is
   * over 50 MB, not UTF-8, of unknown columns, or has an item with control characters, no claim or
   * a bad address.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ReferenceCollection importFile(
      long workspaceId, String name, String publisher, byte[] file, String contentType) {
    long actor = CurrentUser.id();
    String title = ControlCharacters.refuse("name", name == null ? "" : name.strip());
    String by = ControlCharacters.refuse("publisher", publisher == null ? "" : publisher.strip());
    if (title.isEmpty() || title.length() > 200) {
      throw new ValidationFailedException("name", "Name the collection (1 to 200 characters).");
    }
    if (by.length() > 200) {
      throw new ValidationFailedException(
          "publisher", "The publisher is longer than 200 characters.");
    }
    List<ReferenceDraft> items = ReferenceFile.read(file, contentType);
    long id =
        jdbc.sql(
                """
                insert into reference_collection
                  (workspace_id, name, publisher, created_by, item_count, state)
                values (?, ?, ?, ?, ?, 'IMPORTING') returning id
                """)
            .params(workspaceId, title, by, actor, items.size())
            .query(Long.class)
            .single();
    batch.batchUpdate(
        """
        insert into reference_claim
          (collection_id, workspace_id, claim_text, title, publisher, url, rating, review_date)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        items,
        1_000,
        (ps, d) -> {
          ps.setLong(1, id);
          ps.setLong(2, workspaceId);
          ps.setString(3, d.claim());
          ps.setString(4, d.title());
          ps.setString(5, d.publisher());
          ps.setString(6, d.url());
          ps.setString(7, d.rating());
          ps.setDate(8, d.date() == null ? null : Date.valueOf(d.date()));
        });
    events.publishEvent(
        new ReferenceCollectionChanged(
            workspaceId,
            id,
            actor,
            "reference collection imported",
            null,
            title + " (" + items.size() + " items)"));
    return get(workspaceId, id);
  }

  /** The workspace's collections, newest first, with each one's progress. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<ReferenceCollection> list(long workspaceId) {
    return jdbc.sql(SELECT + " where workspace_id = ? order by created_at desc, id desc")
        .param(workspaceId)
        .query(ReferenceCollections::row)
        .list();
  }

  /** One collection of the workspace. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ReferenceCollection get(long workspaceId, long collectionId) {
    return jdbc.sql(SELECT + " where workspace_id = ? and id = ?")
        .params(workspaceId, collectionId)
        .query(ReferenceCollections::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("The reference collection"));
  }

  /** Deletes the collection and its items; matching no longer finds them. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void delete(long workspaceId, long collectionId) {
    ReferenceCollection c = get(workspaceId, collectionId);
    jdbc.sql("delete from reference_collection where id = ?").param(c.id()).update();
    events.publishEvent(
        new ReferenceCollectionChanged(
            workspaceId,
            c.id(),
            CurrentUser.id(),
            "reference collection deleted",
            c.name() + " (" + c.itemCount() + " items)",
            null));
  }

  private static final String SELECT =
      """
      select id, workspace_id, name, publisher, created_at, item_count, embedded, state
      from reference_collection
      """;

  private static ReferenceCollection row(java.sql.ResultSet rs, int i)
      throws java.sql.SQLException {
    return new ReferenceCollection(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        rs.getInt(6),
        rs.getInt(7),
        rs.getString(8));
  }
}
