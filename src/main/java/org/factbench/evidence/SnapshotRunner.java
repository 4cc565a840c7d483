package org.factbench.evidence;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.base.InstallationSettings;
import org.factbench.claim.SourceAdded;
import org.factbench.evidence.fetch.FetchRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When fetches happen, and on which threads: never on a request's thread, always after the
 * transaction that asked for them has committed, on a bounded pool of {@code concurrency} threads
 * with a bounded queue. What does not fit in the queue, or is lost with a node, stays wanted in the
 * database and is picked up by the sweep, which also runs the watch: the sources due, grouped by
 * host, each host's requests {@code perHostDelay} apart.
 *
 * <p>Nothing is fetched when snapshots are switched off, for the demo workspace, or (with {@code
 * allowed-hosts-only}) for a host off the allow list; sources are tracked all the same, so that
 * switching snapshots on later archives them through the watch.
 */
@Component
class SnapshotRunner {

  private static final Logger log = LoggerFactory.getLogger(SnapshotRunner.class);
  static final String DEMO_WORKSPACE_SETTING = "demo.workspace-id";

  /** An archive or check was asked for (after the asking transaction commits). */
  record FetchRequested(long sourceId, Archiver.Mode mode, long actorId) {}

  private final SnapshotSettings settings;
  private final FetchRules rules;
  private final SnapshotStore store;
  private final Archiver archiver;
  private final InstallationSettings installation;
  private final ThreadPoolExecutor pool;

  SnapshotRunner(
      SnapshotSettings settings,
      SnapshotStore store,
      Archiver archiver,
      InstallationSettings installation) {
    this.settings = settings;
    this.rules = settings.rules();
    this.store = store;
    this.archiver = archiver;
    this.installation = installation;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            settings.concurrency(),
            settings.concurrency(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, settings.queue())),
            r -> Thread.ofPlatform().daemon().name("snapshot-" + n.incrementAndGet()).unstarted(r));
    this.pool.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Why sources of {@code workspaceId} at {@code url} are not fetched; null when they are. */
  String whyNot(long workspaceId, String url) {
    if (!settings.enabled()) {
      return "Evidence snapshots are switched off in this installation"
          + " (factbench.snapshots.enabled).";
    }
    if (isDemo(workspaceId)) {
      return "Sources of the demo workspace are never fetched.";
    }
    if (rules.onlyAllowedHosts()) {
      URI uri = URI.create(url);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      if (!rules.allows(host, port)) {
        return "This installation fetches only the hosts on its allow list.";
      }
    }
    return null;
  }

  private boolean isDemo(long workspaceId) {
    return demoWorkspace().map(id -> id == workspaceId).orElse(false);
  }

  private java.util.Optional<Long> demoWorkspace() {
    return installation.get(DEMO_WORKSPACE_SETTING).map(Long::valueOf);
  }

  /** Tracks a new source in the transaction that adds it; an archive is wanted if it is fetched. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void sourceAdded(SourceAdded e) {
    boolean fetched = whyNot(e.workspaceId(), e.url()) == null;
    store.track(
        e.sourceId(),
        e.claimId(),
        e.workspaceId(),
        e.url(),
        host(e.url()),
        e.passage(),
        e.actorId(),
        fetched,
        Instant.now().plus(settings.watch().interval()));
  }

  /** After the source is committed: its first archive, in the background. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void afterSourceAdded(SourceAdded e) {
    if (whyNot(e.workspaceId(), e.url()) == null) {
      submit(e.sourceId(), Archiver.Mode.ARCHIVE, e.actorId());
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void afterRequested(FetchRequested e) {
    submit(e.sourceId(), e.mode(), e.actorId());
  }

  /** Runs a fetch on the pool; when the queue is full the sweep will find it later. */
  void submit(long sourceId, Archiver.Mode mode, long actor) {
    try {
      pool.execute(() -> runQuietly(sourceId, mode, actor));
    } catch (RejectedExecutionException full) {
      log.debug("Snapshot queue full; source {} waits for the sweep", sourceId);
    }
  }

  private void runQuietly(long sourceId, Archiver.Mode mode, long actor) {
    try {
      archiver.run(sourceId, mode, actor);
    } catch (RuntimeException e) {
      log.warn("Snapshot of source {} failed: {}", sourceId, e.toString());
    }
  }

  /** Every {@code watch.poll}: the wanted archives left behind, then the watch's due sources. */
  @Scheduled(
      fixedDelayString = "${factbench.snapshots.watch.poll:10m}",
      initialDelayString = "${factbench.snapshots.watch.poll:10m}")
  void sweep() {
    if (!settings.enabled()) {
      return;
    }
    for (long id : store.wanted(Duration.ofMinutes(1), settings.queue())) {
      var tracked = store.tracked(id);
      if (tracked.isPresent() && whyNot(tracked.get().workspaceId(), tracked.get().url()) == null) {
        submit(
            id,
            Archiver.Mode.ARCHIVE,
            tracked.get().wantedBy() == null ? EvidenceEvents.WATCH : tracked.get().wantedBy());
      }
    }
    if (settings.watch().enabled()) {
      watch(Instant.now(), null, false);
    }
  }

  /**
   * One round of the watch at {@code now}: the due sources (of {@code workspaceId} only when
   * given), taken for this round, by host, each host's on one thread with {@code perHostDelay}
   * between requests. With {@code wait}, returns when every check of the round is done. Returns how
   * many sources the round checks.
   */
  int watch(Instant now, Long workspaceId, boolean wait) {
    List<Long> skip = new ArrayList<>();
    demoWorkspace().ifPresent(skip::add);
    Map<String, List<Long>> byHost = new LinkedHashMap<>();
    Instant next = now.plus(settings.watch().interval());
    for (SnapshotStore.Due d : store.due(now, next, settings.watch().batch(), workspaceId, skip)) {
      byHost.computeIfAbsent(d.host(), h -> new ArrayList<>()).add(d.sourceId());
    }
    List<java.util.concurrent.Future<?>> rounds = new ArrayList<>();
    long delay = settings.watch().perHostDelay().toMillis();
    int checked = 0;
    for (var host : byHost.entrySet()) {
      List<Long> ids = new ArrayList<>();
      for (long id : host.getValue()) {
        var t = store.tracked(id);
        if (t.isPresent() && whyNot(t.get().workspaceId(), t.get().url()) == null) {
          ids.add(id);
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      checked += ids.size();
      try {
        rounds.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < ids.size(); k++) {
                    if (k > 0 && delay > 0) {
                      try {
                        Thread.sleep(delay);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                      }
                    }
                    runQuietly(ids.get(k), Archiver.Mode.CHECK, EvidenceEvents.WATCH);
                  }
                }));
      } catch (RejectedExecutionException full) {
        log.debug("Snapshot queue full; host {} waits for the next round", host.getKey());
      }
    }
    for (var round : wait ? rounds : List.<java.util.concurrent.Future<?>>of()) {
      try {
        round.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (java.util.concurrent.ExecutionException e) {
        log.warn("A round of the watch failed: {}", e.getCause().toString());
      }
    }
    return checked;
  }

  /** How many fetches are running or waiting. */
  int busy() {
    return pool.getActiveCount() + pool.getQueue().size();
  }

  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
