package org.factbench.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a workspace with many claims in one SQL statement (for index and speed checks): wordings of
 * realistic length drawn from a small vocabulary, a spread of statuses, verdicts and tags.
 */
public final class ClaimDataGenerator {

  private ClaimDataGenerator() {}

  /**
   * Inserts {@code count} claims into the workspace, created by {@code actorId}; returns the
   * milliseconds.
   */
  public static long generate(JdbcClient jdbc, long workspaceId, long actorId, int count) {
    long t0 = System.nanoTime();
    jdbc.sql(
            """
            insert into claim (workspace_id, wording, rationale, status, rating_id, tags, created_by, updated_by,
                               created_at, updated_at)
            select :ws,
                   initcap(w[1 + g % 12]) || ' ' || w[1 + (g / 7) % 12] || ' rose to ' || (g % 997) || ' '
                     || u[1 + g % 6] || ' in ' || (1990 + g % 35) || ', according to ' || s[1 + g % 8]
                     || ', the ' || w[1 + (g / 13) % 12] || ' ' || w[1 + (g / 3) % 12] || ' report said.',
                   case when g % 3 = 0 then 'The figure matches the ' || s[1 + (g / 5) % 8] || ' series for '
                     || (1990 + g % 35) || '; the ' || w[1 + g % 12] || ' budgets were revised later.' else '' end,
                   st[1 + g % 5],
                   (select id from rating r where r.workspace_id = :ws order by r.position
                     offset (g % 9) limit 1),
                   array[t[1 + g % 7], t[1 + (g / 11) % 7]],
                   :actor, :actor,
                   now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
            from generate_series(1, :count) as g,
                 (select array['defence','spending','casualty','budget','vote','deficit','pension','tariff',
                               'election','inflation','export','army'] as w,
                         array['percent','million','billion','thousand','soldiers','votes'] as u,
                         array['the ministry','the statistics office','NATO','the UN','the central bank',
                               'an independent survey','the opposition','parliament'] as s,
                         array['NEW','IN_RESEARCH','READY_FOR_REVIEW','APPROVED','PUBLISHED'] as st,
                         array['economy','war','budget','health','elections','energy','trade'] as t) as v
            """)
        .param("ws", workspaceId)
        .param("actor", actorId)
        .param("count", count)
        .update();
    jdbc.sql("analyze claim").update();
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
