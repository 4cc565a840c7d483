package org.factbench.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The kill drill: many API clients save concurrently (create a claim, add a source to it, edit it
 * with its version, again and again), the node is killed with SIGKILL in the middle, restarted, and
 * the database is compared with what the clients were told. Every acknowledged save (2xx) must be
 * there with its history row; every save that got no answer (in flight at the kill) must be either
 * fully there or fully absent; nothing else may exist.
 *
 * <p>Run by {@code scripts/drill-kill.sh}, which passes {@code drill.url}, {@code drill.jdbc},
 * {@code drill.kill} and {@code drill.restart} (shell commands), {@code drill.clients} (default 16)
 * and {@code drill.killAfterAcks} (default 150 acknowledged saves) and {@code drill.killAfterMs} (a
 * limit, default 120000).
 */
public final class KillDrill {

  enum Kind {
    CREATE,
    SOURCE,
    EDIT
  }

  /** One save: what was sent (its unique marker) and what the client learnt. */
  record Op(Kind kind, String marker, long claimId, int client, boolean acked, int status) {}

  private final String url = System.getProperty("drill.url");
  private final String jdbc = System.getProperty("drill.jdbc");
  private final int clients = Integer.getInteger("drill.clients", 16);
  private final long killAfterMs = Long.getLong("drill.killAfterMs", 120_000);
  private final long killAfterAcks = Long.getLong("drill.killAfterAcks", 150);
  private final List<Op> ops = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicBoolean dead = new AtomicBoolean();
  private final String run = "kill-" + Long.toString(System.currentTimeMillis(), 36);

  public static void main(String[] args) throws Exception {
    try {
      System.exit(new KillDrill().run() ? 0 : 1);
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(2); // the clients' threads would keep the JVM (and the burst) alive
    }
  }

  boolean run() throws Exception {
    long ws = new DrillClient(url, "editor", DbOutageDrill.PASSWORD).firstWorkspace();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int i = 0; i < clients; i++) {
      int client = i;
      pool.submit(() -> work(ws, client));
    }
    // kill in the middle of the burst: after enough acknowledged saves (a busy machine answers the
    // first ones slowly), or after the time limit
    long deadline = System.currentTimeMillis() + killAfterMs;
    while (ops.stream().filter(Op::acked).count() < killAfterAcks
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    System.out.printf("kill: %d saves answered so far; SIGKILL now%n", ops.size());
    DbOutageDrill.shell(System.getProperty("drill.kill"));
    dead.set(true);
    pool.shutdown();
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the clients did not stop after the kill");
    }
    long restart = System.nanoTime();
    DbOutageDrill.shell(System.getProperty("drill.restart"));
    System.out.printf(
        "kill: the node was healthy again %.1f s after the restart began%n",
        (System.nanoTime() - restart) / 1e9);
    try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
      return verify(db, ws);
    }
  }

  /** One client: create, add a source, edit; repeated until the node dies. */
  private void work(long ws, int client) {
    DrillClient api =
        new DrillClient(url, client % 2 == 0 ? "editor" : "admin", DbOutageDrill.PASSWORD);
    String claims = "/api/v1/workspaces/" + ws + "/claims";
    for (int n = 0; !dead.get(); n++) {
      String m = run + " c" + client + " n" + n;
      long claimId;
      DrillClient.Answer a =
          send(api, Kind.CREATE, m, 0, client, () -> api.post(claims, Map.of("wording", m)));
      if (a == null) {
        return;
      }
      claimId = a.json().path("id").asLong();
      long version = a.json().path("version").asLong();
      String url = "https://drill.example/" + m.replace(' ', '/');
      if (send(
              api,
              Kind.SOURCE,
              url,
              claimId,
              client,
              () ->
                  api.post(
                      claims + "/" + claimId + "/sources", Map.of("url", url, "stance", "CONTEXT")))
          == null) {
        return;
      }
      String edited = m + " edited";
      if (send(
              api,
              Kind.EDIT,
              edited,
              claimId,
              client,
              () -> api.put(claims + "/" + claimId, Map.of("wording", edited, "version", version)))
          == null) {
        return;
      }
    }
  }

  interface Call {
    DrillClient.Answer call() throws Exception;
  }

  /** Sends one save and records the outcome; null when the client stops (no answer or refused). */
  private DrillClient.Answer send(
      DrillClient api, Kind kind, String marker, long claimId, int client, Call call) {
    try {
      DrillClient.Answer a = call.call();
      ops.add(new Op(kind, marker, claimId, client, a.ok(), a.status()));
      return a.ok() ? a : null;
    } catch (Exception e) {
      ops.add(new Op(kind, marker, claimId, client, false, 0)); // in flight at the kill
      return null;
    }
  }

  private boolean verify(Connection db, long ws) throws Exception {
    int ackedPresent = 0,
        ackedMissing = 0,
        inFlight = 0,
        inFlightThere = 0,
        inFlightAbsent = 0,
        half = 0,
        refused = 0;
    for (Op op : ops) {
      int rows = rows(db, op);
      int history = history(db, op);
      boolean whole = rows == 1 && history == 1;
      boolean absent = rows == 0 && history == 0;
      if (op.acked()) {
        if (whole) {
          ackedPresent++;
        } else {
          ackedMissing++;
          System.out.printf(
              "kill: ACKED BUT NOT THERE: %s %s (rows %d, history %d)%n",
              op.kind(), op.marker(), rows, history);
        }
      } else if (op.status() == 0) {
        inFlight++;
        if (whole) {
          inFlightThere++;
        } else if (absent) {
          inFlightAbsent++;
        } else {
          half++;
          System.out.printf(
              "kill: HALF WRITTEN: %s %s (rows %d, history %d)%n",
              op.kind(), op.marker(), rows, history);
        }
      } else {
        refused++;
        if (!absent) {
          half++;
          System.out.printf(
              "kill: REFUSED (%d) BUT WRITTEN: %s %s%n", op.status(), op.kind(), op.marker());
        }
      }
    }
    // nothing else: every row carrying this run's marker belongs to a save the clients sent
    long claimsOfRun = count(db, "select count(*) from claim where wording like ?", run + " %");
    long sourcesOfRun =
        count(
            db,
            "select count(*) from source where url like ?",
            "https://drill.example/" + run + "/%");
    long creates = ops.stream().filter(o -> o.kind() == Kind.CREATE).count();
    long sourcesSent = ops.stream().filter(o -> o.kind() == Kind.SOURCE).count();
    boolean nothingElse = claimsOfRun <= creates && sourcesOfRun <= sourcesSent;
    System.out.printf(
        "kill: %d saves sent by %d clients: %d acknowledged (%d there with history, %d MISSING),"
            + " %d in flight at the kill (%d fully there, %d fully absent), %d refused, %d half written%n",
        ops.size(),
        clients,
        ackedPresent + ackedMissing,
        ackedPresent,
        ackedMissing,
        inFlight,
        inFlightThere,
        inFlightAbsent,
        refused,
        half);
    System.out.printf(
        "kill: rows of this run: %d claims (%d creates sent), %d sources (%d sent)%n",
        claimsOfRun, creates, sourcesOfRun, sourcesSent);
    boolean consistent = ConsistencyCheck.report(db);
    boolean ok = ackedMissing == 0 && half == 0 && nothingElse && consistent && ackedPresent > 0;
    System.out.println(ok ? "kill: PASSED" : "kill: FAILED");
    return ok;
  }

  /** How many rows hold the save's result: 0 or 1. */
  private int rows(Connection db, Op op) throws Exception {
    return (int)
        switch (op.kind()) {
          case CREATE ->
              count(
                  db,
                  "select count(*) from claim where regexp_replace(wording, ' edited$', '') = ?",
                  op.marker());
          case SOURCE -> count(db, "select count(*) from source where url = ?", op.marker());
          case EDIT ->
              count(
                  db,
                  "select count(*) from claim where id = " + op.claimId() + " and wording = ?",
                  op.marker());
        };
  }

  /** How many history rows record the save: 0 or 1. */
  private int history(Connection db, Op op) throws Exception {
    return (int)
        switch (op.kind()) {
          case CREATE ->
              count(
                  db,
                  "select count(*) from history where action = 'created' and after_value = ?",
                  op.marker());
          case SOURCE ->
              count(
                  db,
                  "select count(*) from history where action = 'source added' and after_value = 'Gives context: ' || ?",
                  op.marker());
          case EDIT ->
              count(
                  db,
                  "select count(*) from history where action = 'wording changed' and claim_id = "
                      + op.claimId()
                      + " and after_value = ?",
                  op.marker());
        };
  }

  private static long count(Connection db, String sql, String param) throws Exception {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
