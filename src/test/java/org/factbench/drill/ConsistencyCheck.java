package org.factbench.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks what ClaimService and HistoryService promise about the stored data: every change commits
 * together with its history row, so no claim, source, note or document exists without the history
 * entry of its creation, and every history row about a claim points to a claim that exists.
 *
 * <p>Run: {@code ConsistencyCheck JDBC_URL [USER]}; prints one line per invariant and exits 1 when
 * one is broken.
 */
public final class ConsistencyCheck {

  /** Each invariant as a query counting the rows that break it. */
  static final Map<String, String> INVARIANTS = new LinkedHashMap<>();

  static {
    INVARIANTS.put(
        "claims without the history row of their creation",
        """
        select count(*) from claim c where not exists (
          select 1 from history h where h.subject_type = 'claim' and h.subject_id = c.id
            and h.action in ('created', 'imported'))""");
    INVARIANTS.put(
        "sources without a 'source added' row (or an imported claim)",
        """
        select count(*) from source s where not exists (
          select 1 from history h where h.subject_type = 'source' and h.subject_id = s.id
            and h.action = 'source added')
          and not exists (select 1 from history h where h.subject_type = 'claim'
            and h.subject_id = s.claim_id and h.action = 'imported')""");
    INVARIANTS.put(
        "notes without a 'note added' row (or an imported claim)",
        """
        select count(*) from note n where not exists (
          select 1 from history h where h.subject_type = 'note' and h.subject_id = n.id
            and h.action = 'note added')
          and not exists (select 1 from history h where h.subject_type = 'claim'
            and h.subject_id = n.claim_id and h.action = 'imported')""");
    INVARIANTS.put(
        "documents without a history row",
        """
        select count(*) from document d where not exists (
          select 1 from history h where h.subject_type = 'document' and h.subject_id = d.id)""");
    INVARIANTS.put(
        "history rows whose claim does not exist",
        """
        select count(*) from history h where h.claim_id is not null
          and not exists (select 1 from claim c where c.id = h.claim_id)""");
    INVARIANTS.put(
        "history rows about a claim that does not exist",
        """
        select count(*) from history h where h.subject_type = 'claim'
          and not exists (select 1 from claim c where c.id = h.subject_id)""");
    INVARIANTS.put(
        "'source added' rows whose source is gone without a 'source removed' row",
        """
        select count(*) from history h where h.subject_type = 'source' and h.action = 'source added'
          and not exists (select 1 from source s where s.id = h.subject_id)
          and not exists (select 1 from history r where r.subject_type = 'source'
            and r.subject_id = h.subject_id and r.action = 'source removed')""");
    INVARIANTS.put(
        "sources whose claim does not exist",
        """
        select count(*) from source s where not exists (select 1 from claim c where c.id = s.claim_id)""");
    INVARIANTS.put(
        "claims edited (version > 0) without any history row after their creation",
        """
        select count(*) from claim c where c.version > 0 and not exists (
          select 1 from history h where h.claim_id = c.id and h.action not in ('created', 'imported'))""");
  }

  private ConsistencyCheck() {}

  /** Counts the rows that break each invariant; all zero when the data is consistent. */
  public static Map<String, Long> run(Connection db) throws SQLException {
    Map<String, Long> broken = new LinkedHashMap<>();
    try (Statement st = db.createStatement()) {
      for (var e : INVARIANTS.entrySet()) {
        try (ResultSet rs = st.executeQuery(e.getValue())) {
          rs.next();
          broken.put(e.getKey(), rs.getLong(1));
        }
      }
    }
    return broken;
  }

  /** Prints the result and tells whether every invariant holds. */
  public static boolean report(Connection db) throws SQLException {
    boolean ok = true;
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select (select count(*) from claim), (select count(*) from source),"
                    + " (select count(*) from note), (select count(*) from history)")) {
      rs.next();
      System.out.printf(
          "consistency: %d claims, %d sources, %d notes, %d history rows%n",
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
    for (var e : run(db).entrySet()) {
      System.out.printf(
          "consistency: %-75s %d%s%n",
          e.getKey(), e.getValue(), e.getValue() == 0 ? "" : "   <-- BROKEN");
      ok &= e.getValue() == 0;
    }
    return ok;
  }

  public static void main(String[] args) throws Exception {
    try (Connection db =
        DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "postgres", "")) {
      if (!report(db)) {
        System.err.println("FAILED: the database is not consistent");
        System.exit(1);
      }
    }
  }
}
