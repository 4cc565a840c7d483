package org.factbench.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factbench.base.Slices;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The SQL of the claims grid: filters, full-text search and the sort orders users can choose. */
public final class ClaimSearch {

  private ClaimSearch() {}

  /** The SQL of one page of the claims grid, with its named parameters. */
  public record Query(String sql, Map<String, Object> params) {}

  private static final Map<String, String> SORTS =
      Map.of(
          "updatedAt", "c.updated_at",
          "id", "c.id",
          "status", "c.status",
          "wording", "lower(c.wording)",
          "verdict", "r.position",
          "claimant", "lower(cl.name)",
          "documentTitle", "lower(d.title)");

  /**
   * The exact SQL {@link ClaimQueries#search} runs, unchecked: for index proofs and benchmark
   * baselines, never for serving users.
   */
  public static Query query(long workspaceId, ClaimFilter filter, Pageable page) {
    ClaimFilter f = filter == null ? ClaimFilter.NONE : filter;
    StringBuilder sql =
        new StringBuilder(ClaimRows.SEARCH_SELECT)
            .append(" where c.workspace_id = :ws and c.deleted_at is null");
    Map<String, Object> params = new HashMap<>();
    params.put("ws", workspaceId);
    if (f.status() != null) {
      sql.append(" and c.status = :status");
      params.put("status", f.status().name());
    }
    if (f.ratingId() != null) {
      sql.append(" and c.rating_id = :rating");
      params.put("rating", f.ratingId());
    }
    if (f.claimant() != null && !f.claimant().isBlank()) {
      sql.append(" and lower(cl.name) = lower(:claimant)");
      params.put("claimant", f.claimant().strip());
    }
    if (f.tag() != null && !f.tag().isBlank()) {
      sql.append(" and c.tags @> array[cast(:tag as text)]");
      params.put("tag", ClaimInputs.normaliseTag(f.tag()));
    }
    if (f.assigneeId() != null) {
      sql.append(" and c.assignee_id = :assignee");
      params.put("assignee", f.assigneeId());
    }
    if (f.documentId() != null) {
      sql.append(" and c.document_id = :doc");
      params.put("doc", f.documentId());
    }
    if (f.statusBefore() != null) {
      sql.append(" and c.status_changed_at < :statusBefore");
      params.put("statusBefore", java.sql.Timestamp.from(f.statusBefore()));
    }
    if (f.figureFlagged()) {
      sql.append(" and c.figure_check is not null");
    }
    if (f.text() != null && !f.text().isBlank()) {
      sql.append(" and c.search @@ websearch_to_tsquery('english', :q)");
      params.put("q", f.text().strip());
    }
    sql.append(" order by ").append(orderBy(page.getSort()));
    Slices.limit(sql, params, page);
    return new Query(sql.toString(), params);
  }

  private static String orderBy(Sort sort) {
    List<String> parts = new ArrayList<>();
    for (Sort.Order o : sort) {
      String column = SORTS.get(o.getProperty());
      if (column != null) {
        // not-null columns keep the index's order; nullable ones put empty values last
        boolean nullable = Set.of("verdict", "claimant", "documentTitle").contains(o.getProperty());
        parts.add(column + (o.isAscending() ? " asc" : " desc") + (nullable ? " nulls last" : ""));
      }
    }
    if (parts.isEmpty()) {
      parts.add("c.updated_at desc");
    }
    parts.add("c.id desc");
    return String.join(", ", parts);
  }
}
