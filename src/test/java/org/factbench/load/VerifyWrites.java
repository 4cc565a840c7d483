package org.factbench.load;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks through JDBC that every write the server acknowledged landed exactly once: each edit's
 * tags in one history row and in the claim, each source once (and its history row once), each
 * review step once in the history with the claim in the expected state; and that the load users
 * wrote nothing else (no duplicated or unacknowledged writes).
 */
final class VerifyWrites {

  private VerifyWrites() {}

  static boolean verify(JdbcClient jdbc, long ws, List<LoadDriver.Ack> acks) {
    int bad = 0;
    int edits = 0;
    int sources = 0;
    int steps = 0;
    for (LoadDriver.Ack a : List.copyOf(acks)) {
      switch (a.kind()) {
        case "edit" -> {
          edits++;
          long h =
              count(
                  jdbc,
                  "select count(*) from history where claim_id = ? and action = 'tags changed'"
                      + " and after_value like ?",
                  a.claimId(),
                  "%" + a.token() + "]%");
          long c =
              count(
                  jdbc,
                  "select count(*) from claim where id = ? and ? = any(tags)",
                  a.claimId(),
                  a.token());
          bad += report(h == 1 && c == 1, a, "history rows " + h + ", claim has tag " + (c == 1));
        }
        case "source" -> {
          sources++;
          long s =
              count(
                  jdbc,
                  "select count(*) from source where claim_id = ? and url like ?",
                  a.claimId(),
                  "%/" + a.token());
          long h =
              count(
                  jdbc,
                  "select count(*) from history where claim_id = ? and action = 'source added'"
                      + " and after_value like ?",
                  a.claimId(),
                  "%/" + a.token());
          bad += report(s == 1 && h == 1, a, "source rows " + s + ", history rows " + h);
        }
        default -> {
          steps++;
          String action = a.kind().equals("approve") ? "approved" : "sent to review";
          long h =
              count(
                  jdbc,
                  "select count(*) from history h join app_user u on u.id = h.actor_id"
                      + " where h.claim_id = ? and h.action = ? and u.username = ?",
                  a.claimId(),
                  action,
                  a.user());
          bad += report(h == 1, a, "history rows " + h);
        }
      }
    }
    long allSources =
        count(
            jdbc,
            "select count(*) from source s join claim c on c.id = s.claim_id"
                + " where c.workspace_id = ? and s.url like 'https://load.example/%'",
            ws);
    long allHistory =
        count(
            jdbc,
            "select count(*) from history h join app_user u on u.id = h.actor_id"
                + " where h.workspace_id = ? and u.username like 'load-%'"
                + " and h.action in ('tags changed', 'source added', 'sent to review', 'approved')",
            ws);
    boolean totals = allSources == sources && allHistory == edits + sources + steps;
    System.out.printf(
        "%n== Write verification ==%nacknowledged: %d edits, %d sources, %d review steps%n"
            + "database: %d load sources, %d load history rows (expected %d)%n"
            + "per-write mismatches: %d; totals %s%n",
        edits,
        sources,
        steps,
        allSources,
        allHistory,
        edits + sources + steps,
        bad,
        totals ? "match" : "DIFFER");
    boolean ok = bad == 0 && totals;
    System.out.println(ok ? "WRITES OK: no lost or duplicated writes" : "WRITES FAILED");
    return ok;
  }

  private static int report(boolean ok, LoadDriver.Ack a, String detail) {
    if (!ok) {
      System.out.println("  mismatch: " + a + ": " + detail);
    }
    return ok ? 0 : 1;
  }

  private static long count(JdbcClient jdbc, String sql, Object... params) {
    var s = jdbc.sql(sql);
    for (Object p : params) {
      s = s.param(p);
    }
    return s.query(Long.class).single();
  }
}
