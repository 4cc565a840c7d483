package org.factbench.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factbench.claim.ClaimLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the matching index reads and writes: claims through the claim module's view {@code
 * claim_wording}, their vectors ({@code claim_vector}) and the verified claims of reference
 * collections ({@code reference_claim}).
 */
@Repository
class MatchingStore {

  /** A text to index: a claim or a reference item, with its stored vector if there is one. */
  record Row(long id, String text, String title, String model, byte[] hash, float[] vector) {}

  private final JdbcClient jdbc;

  MatchingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every live claim of the workspace with the vector stored for it, if any. */
  @Transactional(readOnly = true)
  void claims(long workspaceId, Consumer<Row> each) {
    jdbc.sql(
            """
            select c.id, c.wording, v.model, v.text_hash, v.vector
            from claim_wording c left join claim_vector v on v.claim_id = c.id
            where c.workspace_id = :ws
            """)
        .param("ws", workspaceId)
        .query(
            rs -> {
              each.accept(
                  new Row(
                      rs.getLong(1),
                      rs.getString(2),
                      "",
                      rs.getString(3),
                      rs.getBytes(4),
                      Vectors.floats(rs.getBytes(5))));
            });
  }

  /** Every live claim's id and wording. */
  @Transactional(readOnly = true)
  void wordings(long workspaceId, java.util.function.BiConsumer<Long, String> each) {
    jdbc.sql("select id, wording from claim_wording where workspace_id = :ws")
        .param("ws", workspaceId)
        .query(
            rs -> {
              each.accept(rs.getLong(1), rs.getString(2));
            });
  }

  /** One live claim of the workspace with its stored vector, or null when deleted or elsewhere. */
  @Transactional(readOnly = true)
  Row claim(long workspaceId, long claimId) {
    return jdbc.sql(
            """
            select c.id, c.wording, v.model, v.text_hash, v.vector
            from claim_wording c left join claim_vector v on v.claim_id = c.id
            where c.workspace_id = :ws and c.id = :id
            """)
        .param("ws", workspaceId)
        .param("id", claimId)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    "",
                    rs.getString(3),
                    rs.getBytes(4),
                    Vectors.floats(rs.getBytes(5))))
        .optional()
        .orElse(null);
  }

  /** The ids of the workspace's reference collections. */
  @Transactional(readOnly = true)
  java.util.List<Long> collections(long workspaceId) {
    return jdbc.sql("select id from reference_collection where workspace_id = :ws order by id")
        .param("ws", workspaceId)
        .query(Long.class)
        .list();
  }

  /** The items of one reference collection, with their vectors if embedded. */
  @Transactional(readOnly = true)
  void referencesOf(long collectionId, Consumer<Row> each) {
    jdbc.sql(
            """
            select id, claim_text, title, model, vector from reference_claim
            where collection_id = :c
            """)
        .param("c", collectionId)
        .query(
            rs -> {
              each.accept(
                  new Row(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      null,
                      Vectors.floats(rs.getBytes(5))));
            });
  }

  /** Keeps a claim's vector, made by {@code model} from {@code text}. */
  @Transactional
  void saveClaimVector(long workspaceId, long claimId, String model, String text, float[] v) {
    jdbc.sql(
            """
            insert into claim_vector (claim_id, workspace_id, model, text_hash, vector)
            select :id, :ws, :model, :hash, :vector
            where exists (select 1 from claim_wording c where c.id = :id)
            on conflict (claim_id) do update
              set model = excluded.model, text_hash = excluded.text_hash,
                  vector = excluded.vector, embedded_at = now()
            """)
        .param("id", claimId)
        .param("ws", workspaceId)
        .param("model", model)
        .param("hash", Vectors.hash(text))
        .param("vector", Vectors.bytes(v))
        .update();
  }

  /**
   * Keeps reference items' vectors ({@code ids[i]} gets {@code vectors[i]}, made by {@code model})
   * and counts them in their collections' progress; a collection whose items all have one is ready.
   */
  @Transactional
  void saveReferenceVectors(long[] ids, String model, float[][] vectors) {
    // the collections first, as deleting one locks it before its items: one lock order, no deadlock
    jdbc.sql(
            """
            select id from reference_collection
            where id in (select collection_id from reference_claim where id in (:ids))
            order by id for update""")
        .param("ids", Arrays.stream(ids).boxed().toList())
        .query(Long.class)
        .list();
    for (int i = 0; i < ids.length; i++) {
      jdbc.sql("update reference_claim set model = :model, vector = :vector where id = :id")
          .param("id", ids[i])
          .param("model", model)
          .param("vector", Vectors.bytes(vectors[i]))
          .update();
    }
    jdbc.sql(
            """
            update reference_collection c
            set embedded = (select count(*) from reference_claim r
                            where r.collection_id = c.id and r.model = :model),
                state = case when (select count(*) from reference_claim r
                                   where r.collection_id = c.id and r.model = :model)
                                  >= c.item_count then 'READY' else c.state end
            where c.id in (select collection_id from reference_claim where id in (:ids))
            """)
        .param("model", model)
        .param("ids", Arrays.stream(ids).boxed().toList())
        .update();
  }

  /**
   * The claims among {@code ids}, as links with verdict and document; only published ones when
   * {@code publishedOnly}.
   */
  @Transactional(readOnly = true)
  Map<Long, ClaimLink> claimLinks(long workspaceId, Collection<Long> ids, boolean publishedOnly) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select c.id, c.wording, c.status, r.label, r.colour, c.document_id, d.title
            from claim_wording c
              left join verdict r on r.id = c.rating_id
              left join document_title d on d.id = c.document_id
            where c.workspace_id = :ws and c.id in (:ids)
              and (not :publishedOnly or c.status = 'PUBLISHED')
            """)
        .param("ws", workspaceId)
        .param("ids", ids)
        .param("publishedOnly", publishedOnly)
        .query((rs, i) -> ClaimLink.from(rs, 1))
        .list()
        .stream()
        .collect(Collectors.toMap(ClaimLink::id, l -> l));
  }

  /** The reference items among {@code ids}, with their collection's name and publisher. */
  @Transactional(readOnly = true)
  Map<Long, ReferenceItem> referenceItems(long workspaceId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select r.id, r.collection_id, c.name, coalesce(nullif(r.publisher, ''), c.publisher),
                   r.claim_text, r.title, r.url, r.rating, r.review_date
            from reference_claim r join reference_collection c on c.id = r.collection_id
            where r.workspace_id = :ws and r.id in (:ids)
            """)
        .param("ws", workspaceId)
        .param("ids", ids)
        .query(
            (rs, i) ->
                new ReferenceItem(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getObject(9, java.time.LocalDate.class)))
        .list()
        .stream()
        .collect(Collectors.toMap(ReferenceItem::id, r -> r));
  }

  static boolean sameText(Row r, String model, String text) {
    return r.vector() != null
        && model.equals(r.model())
        && (r.hash() == null || Arrays.equals(r.hash(), Vectors.hash(text)));
  }
}
