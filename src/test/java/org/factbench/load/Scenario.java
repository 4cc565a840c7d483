package org.factbench.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One simulated analyst: signs in, opens the workspace's claims view, and repeats with think time
 * between steps: filter by status, search words, peek at a row of the grid, open a claim of their
 * own (a router navigation, as from "My work"), then as an editor edit its tags and save, add a
 * source and send it to review, or as a reviewer approve it. Every claim is taken from a shared
 * queue, so no two analysts write the same claim; reviewers only approve claims whose verdict the
 * seeding user proposed, so the four-eyes rule holds. Each acknowledged write is recorded in {@link
 * LoadDriver#ACKS}.
 */
final class Scenario {

  /** The claims editors work on and the claims reviewers decide, each taken once. */
  record Work(ConcurrentLinkedQueue<Long> forEditors, ConcurrentLinkedQueue<Long> forReviewers) {}

  static Work work(JdbcClient jdbc, long ws) {
    List<Long> editors =
        jdbc.sql(
                """
                select c.id from claim c join app_user u on u.id = c.created_by
                where c.workspace_id = :w and u.username = 'load-seeder' and c.deleted_at is null
                  and c.status in ('NEW', 'IN_RESEARCH') order by c.id
                """)
            .param("w", ws)
            .query(Long.class)
            .list();
    List<Long> reviewers =
        jdbc.sql(
                """
                select c.id from claim c join app_user u on u.id = c.created_by
                where c.workspace_id = :w and u.username = 'load-seeder' and c.deleted_at is null
                  and c.status = 'READY_FOR_REVIEW' order by c.id
                """)
            .param("w", ws)
            .query(Long.class)
            .list();
    return new Work(new ConcurrentLinkedQueue<>(editors), new ConcurrentLinkedQueue<>(reviewers));
  }

  private static final List<String> WORDS =
      List.of("budget", "defence", "inflation", "pension", "election", "tariff", "army", "export");
  private static final String[] STATUSES = {"New", "In research", "Ready for review", "Approved"};

  private final String base;
  private final long ws;
  private final String user;
  private final boolean editor;
  private final Work work;
  private final LoadDriver.Stats stats;
  private final long thinkMin;
  private final long thinkMax;
  private int seq;

  Scenario(
      String base,
      long ws,
      String user,
      boolean editor,
      Work work,
      LoadDriver.Stats stats,
      long thinkMin,
      long thinkMax) {
    this.base = base;
    this.ws = ws;
    this.user = user;
    this.editor = editor;
    this.work = work;
    this.stats = stats;
    this.thinkMin = thinkMin;
    this.thinkMax = thinkMax;
  }

  void run(long rampDelayMs, long deadlineNanos) {
    run(rampDelayMs, deadlineNanos, Integer.MAX_VALUE);
  }

  /** Runs until the deadline or until {@code iterations} iterations are done. */
  void run(long rampDelayMs, long deadlineNanos, int iterations) {
    UiClient ui = new UiClient(base, stats);
    try {
      Thread.sleep(rampDelayMs);
      ui.signIn(user, LoadSeed.PASSWORD);
      ui.open("workspaces/" + ws + "/claims", "open-claims-view");
      for (int i = 0; i < iterations && System.nanoTime() < deadlineNanos; i++) {
        think();
        try {
          iteration(ui, deadlineNanos);
        } catch (UiClient.ProtocolException e) {
          LoadDriver.error((editor ? "editor: " : "reviewer: ") + e.getMessage());
          // start over as a person would: reload the claims view
          ui.open("workspaces/" + ws + "/claims", "open-claims-view");
        }
      }
    } catch (UiClient.ProtocolException e) {
      LoadDriver.error("session: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ui.close();
    }
  }

  private void iteration(UiClient ui, long deadline) throws InterruptedException {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    ui.choose(
        "filter-status",
        editor ? STATUSES[r.nextInt(STATUSES.length)] : "Ready for review",
        "filter-status");
    think();
    ui.type("claim-search", WORDS.get(r.nextInt(WORDS.size())), "search");
    think();
    List<String> keys = ui.itemKeys("claims").stream().filter(k -> k != null).toList();
    if (!keys.isEmpty()) {
      ui.clickRow("claims", keys.get(r.nextInt(keys.size())), "peek-row");
      think();
    }
    Long claim = editor ? work.forEditors().poll() : work.forReviewers().poll();
    if (claim == null || System.nanoTime() > deadline) {
      return;
    }
    ui.navigate("workspaces/" + ws + "/claims/" + claim, "open-claim");
    think();
    String token =
        "l"
            + Math.abs(user.hashCode() % 100000)
            + "-"
            + Thread.currentThread().threadId()
            + "-"
            + (++seq);
    if (editor) {
      ui.type("claim-tags", "load, " + token, "type-tags");
      ui.click("claim-save", "save");
      ack(ui, "edit", claim, token, "Saved.");
      think();
      ui.expand("source-form", "open-source-form");
      String url = "https://load.example/" + token;
      ui.type("source-url", url, "type-source");
      ui.type("source-title", "Source " + token, "type-source");
      ui.select("source-stance", "2", "type-source");
      ui.click("source-add", "add-source");
      ack(ui, "source", claim, token, url);
      think();
      ui.click("review-send-to-review", "send-to-review");
      ack(ui, "send-to-review", claim, token, "Ready for review");
    } else {
      ui.click("review-approve", "approve");
      ack(ui, "approve", claim, token, "Approved");
    }
  }

  private void ack(UiClient ui, String kind, long claim, String token, String marker) {
    if (ui.lastResponse().contains(marker)) {
      LoadDriver.ACKS.add(new LoadDriver.Ack(kind, claim, token, user));
    } else {
      throw new UiClient.ProtocolException(
          kind + " was not acknowledged: " + UiClient.abbreviate(ui.lastResponse()));
    }
  }

  private void think() throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1));
  }
}
