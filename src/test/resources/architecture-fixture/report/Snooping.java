package org.factbench.report;

/** Reads the claim module's table directly: the ownership check must refuse it. */
class Snooping {
  static final String SQL = "select c.wording from claim c where c.workspace_id = ?";
}
