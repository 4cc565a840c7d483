package org.factbench.claim;

import java.util.List;
import org.factbench.assist.FigureCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps each claim's figure-check flag in step with its wording and its sources' figures. */
@Component
class FigureChecks {

  private final JdbcClient jdbc;
  private final double figureTolerance;

  FigureChecks(
      JdbcClient jdbc, @Value("${factbench.assist.figure-tolerance:0.1}") double figureTolerance) {
    this.jdbc = jdbc;
    this.figureTolerance = figureTolerance;
  }

  /**
   * Compares the claim's figure with its sources' reference figures and stores the flag the grid
   * and the detail show; a derived column, so the claim's version does not change.
   */
  void refresh(long claimId) {
    String wording =
        jdbc.sql("select wording from claim where id = ?")
            .param(claimId)
            .query(String.class)
            .single();
    List<String> figures =
        jdbc.sql("select figure from source where claim_id = ? and figure <> '' order by id")
            .param(claimId)
            .query(String.class)
            .list();
    String flag =
        FigureCheck.check(wording, figures, figureTolerance)
            .map(f -> f.length() > 500 ? f.substring(0, 499) + "…" : f)
            .orElse(null);
    jdbc.sql("update claim set figure_check = ? where id = ? and figure_check is distinct from ?")
        .params(flag, claimId, flag)
        .update();
  }
}
