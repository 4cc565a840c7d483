package org.factbench.matching;

/** Reads the view the claim module publishes: allowed, since matching may depend on claim. */
class Polite {
  static final String SQL =
      """
      select c.id from claim_wording c where c.workspace_id = ?
      """;
}
