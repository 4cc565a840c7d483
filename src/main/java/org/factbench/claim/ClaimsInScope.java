package org.factbench.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims of a workspace in a scope (some states, one document or all), read for other modules
 * that need them as a whole, such as reports: how many there are per verdict, the documents they
 * are anchored in, and their ids in document order with repeats after the claim they repeat.
 * Deleted claims are never in scope. Each answer is one statement, whatever the number of claims.
 */
@Service
public class ClaimsInScope {

  /**
   * Claims in one of {@code states} (at least one), in document {@code documentId} or, when it is
   * null, in the whole workspace. The states are copied, so the scope cannot change once made.
   */
  public record Scope(Set<ClaimStatus> states, Long documentId) {

    public Scope {
      if (states == null || states.isEmpty()) {
        throw new IllegalArgumentException("A scope has at least one state.");
      }
      states = Collections.unmodifiableSet(EnumSet.copyOf(states));
    }
  }

  /** How many claims in scope carry the verdict {@code label} (null: no verdict). */
  public record LabelCount(String label, long claims) {}

  private final JdbcClient jdbc;

  ClaimsInScope(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many claims in scope have each verdict label, in one aggregate query. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<LabelCount> labelCounts(long workspaceId, Scope scope) {
    return inScope(
            workspaceId,
            scope,
            "select r.label, count(*) from claim c left join rating r on r.id = c.rating_id where ",
            " group by r.label")
        .query((rs, i) -> new LabelCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** How many claims are in scope. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public long count(long workspaceId, Scope scope) {
    return inScope(workspaceId, scope, "select count(*) from claim c where ", "")
        .query(Long.class)
        .single();
  }

  /**
   * Up to {@code limit} claims in scope that a ClaimReview would describe (approved or published,
   * with a verdict) but that have no published address of their own, lowest id first.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<Long> reviewedWithoutPublishedUrl(long workspaceId, Scope scope, int limit) {
    return inScope(
            workspaceId,
            scope,
            "select c.id from claim c where ",
            " and c.status in ('APPROVED', 'PUBLISHED') and c.rating_id is not null"
                + " and c.published_url = '' order by c.id limit "
                + Math.max(1, limit))
        .query(Long.class)
        .list();
  }

  /** The ids of the documents that claims in scope are anchored in, in id order. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<Long> anchoredDocumentIds(long workspaceId, Scope scope) {
    return inScope(
            workspaceId,
            scope,
            "select distinct c.document_id from claim c where ",
            " and c.document_id is not null and c.anchor_start is not null"
                + " order by c.document_id")
        .query(Long.class)
        .list();
  }

  /**
   * The ids of the claims in scope, in document order: by the rank {@code documentRanks} gives
   * their document (documents of equal rank mix), then position in the document, then id; claims
   * without an anchor, or whose document has no rank, come last. A claim linked as "same claim as"
   * another claim in scope follows that claim, and repeats follow in the same order among
   * themselves. In SQL, each claim sorts by the key of its group's first claim, then first claims
   * before repeats, then by its own key.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public long[] inDocumentOrder(long workspaceId, Scope scope, Map<Long, Integer> documentRanks) {
    Where where = Where.of(workspaceId, scope);
    Long[] documents = new Long[documentRanks.size()];
    Integer[] ranks = new Integer[documentRanks.size()];
    int k = 0;
    for (Map.Entry<Long, Integer> e : documentRanks.entrySet()) {
      documents[k] = e.getKey();
      ranks[k++] = e.getValue();
    }
    List<Object> params = new ArrayList<>(List.of(documents, ranks));
    params.addAll(where.params());
    return jdbc
        .sql(
            """
            with ranked(document_id, rank) as (select * from unnest(?::bigint[], ?::int[])),
            s as (
              select c.id, c.same_as_id, c.anchor_start,
                     case when c.anchor_start is not null then o.rank end as rank
              from claim c left join ranked o on o.document_id = c.document_id
              where %s
            )
            select s.id
            from s left join s h on h.id = s.same_as_id
            order by (case when h.id is null then s.rank else h.rank end) nulls last,
                     (case when h.id is null then s.anchor_start else h.anchor_start end) nulls last,
                     coalesce(h.id, s.id),
                     h.id is not null,
                     s.rank nulls last, s.anchor_start nulls last, s.id
            """
                .formatted(where.sql()))
        .params(params)
        .query(Long.class)
        .list()
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** The condition for claims in scope, on the claim table as {@code c}, with its parameters. */
  /** The statement {@code before}, the conditions of the scope, then {@code after}. */
  private JdbcClient.StatementSpec inScope(
      long workspaceId, Scope scope, String before, String after) {
    Where where = Where.of(workspaceId, scope);
    return jdbc.sql(before + where.sql() + after).params(where.params());
  }

  private record Where(String sql, List<Object> params) {

    static Where of(long workspaceId, Scope scope) {
      List<Object> params = new ArrayList<>();
      params.add(workspaceId);
      params.add(scope.states().stream().map(ClaimStatus::name).toArray(String[]::new));
      String sql = "c.workspace_id = ? and c.deleted_at is null and c.status = any(?)";
      if (scope.documentId() != null) {
        sql += " and c.document_id = ?";
        params.add(scope.documentId());
      }
      return new Where(sql, params);
    }
  }
}
