package org.factbench.bench;

import java.util.List;
import org.factbench.claim.ClaimFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claims grid's SQL run over plain JDBC, as the benchmark's baseline (no security, no mapping).
 */
final class ClaimQueries {

  private ClaimQueries() {}

  static List<Object> run(JdbcClient jdbc, long workspaceId, ClaimFilter filter) {
    String where =
        filter.text() == null ? "" : " and c.search @@ websearch_to_tsquery('english', :q)";
    var spec =
        jdbc.sql(
                """
                select c.id, c.wording, c.quote, c.status, r.label, r.colour, cl.name, u.display_name,
                       c.document_id, d.title, c.time_seconds, c.tags, c.updated_at
                from claim c
                  left join rating r on r.id = c.rating_id
                  left join claimant cl on cl.id = c.claimant_id
                  left join app_user u on u.id = c.assignee_id
                  left join document d on d.id = c.document_id
                where c.workspace_id = :ws and c.deleted_at is null"""
                    + where
                    + " order by c.updated_at desc nulls last, c.id desc limit 51 offset 0")
            .param("ws", workspaceId);
    if (filter.text() != null) {
      spec = spec.param("q", filter.text());
    }
    return spec.query((rs, i) -> (Object) rs.getLong(1)).list();
  }
}
