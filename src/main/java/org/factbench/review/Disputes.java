package org.factbench.review;

import java.util.Optional;
import org.factbench.claim.DisputeView;
import org.factbench.claim.OpenDisputes;
import org.factbench.claim.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a claim's open dispute with both positions, in one statement, for the claim's detail (the
 * claim module asks through {@link OpenDisputes} after checking the caller's role).
 */
@Component
class Disputes implements OpenDisputes {

  private static final String OPEN =
      """
      select dp.id, dp.opened_by, dpo.display_name as opened_by_name, dp.opened_at,
             dp.original_rationale, dp.original_by, dpb.display_name as original_by_name, dp.reason,
             ro.id as ro_id, ro.position as ro_position, ro.label as ro_label,
             ro.colour as ro_colour, ro.description as ro_description,
             ro.on_scale as ro_on_scale, ro.version as ro_version,
             rp.id as rp_id, rp.position as rp_position, rp.label as rp_label,
             rp.colour as rp_colour, rp.description as rp_description,
             rp.on_scale as rp_on_scale, rp.version as rp_version
      from dispute dp
        left join user_name dpo on dpo.id = dp.opened_by
        left join user_name dpb on dpb.id = dp.original_by
        left join verdict ro on ro.id = dp.original_rating_id
        left join verdict rp on rp.id = dp.proposed_rating_id
      where dp.claim_id = ? and dp.workspace_id = ? and dp.resolved_at is null
      """;

  private final JdbcClient jdbc;

  Disputes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
  public Optional<DisputeView> of(long workspaceId, long claimId) {
    return jdbc.sql(OPEN)
        .params(claimId, workspaceId)
        .query(
            (rs, i) ->
                new DisputeView(
                    rs.getLong("id"),
                    rs.getLong("opened_by"),
                    rs.getString("opened_by_name"),
                    rs.getTimestamp("opened_at").toInstant(),
                    Verdict.from(rs, "ro_"),
                    rs.getString("original_rationale"),
                    (Long) rs.getObject("original_by"),
                    rs.getString("original_by_name"),
                    Verdict.from(rs, "rp_"),
                    rs.getString("reason")))
        .optional();
  }
}
