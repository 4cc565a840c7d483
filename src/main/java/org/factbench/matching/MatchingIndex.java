package org.factbench.matching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.factbench.assist.retrieval.ClaimMatcher;
import org.factbench.assist.retrieval.MatchModel;
import org.factbench.assist.retrieval.Matches;
import org.factbench.base.live.Change;
import org.factbench.base.live.ChangeFeed;
import org.factbench.claim.ClaimChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Claim matching's index: per workspace a {@link ClaimMatcher} over its claims and its reference
 * collections, built from the database (stored vectors are read, never embedded again while the
 * model and the text are the same) and kept current: the claim module's events after commit on this
 * node, the change feed for changes made on other nodes. Passages without a vector are embedded in
 * the background; until then BM25 finds them and the lexical weights score them.
 *
 * <p>No security here: {@link SimilarClaims} and {@link ReferenceCollections} check the caller.
 */
@Component
public class MatchingIndex implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

  /** A lookup's answer, and how many passages of the workspace still wait for their vector. */
  public record Lookup(Matches matches, int pendingVectors) {}

  private final MatchingStore store;
  private final ChangeFeed feed;
  private final JdbcClient jdbc;
  private final LoadingEmbedder embedder;
  private final MatchModel model = MatchModel.shipped();
  private final EmbeddingWorker worker;
  private final Map<Long, WorkspaceIndex> indexes = new ConcurrentHashMap<>();
  private final Map<Long, ChangeFeed.Subscription> subscriptions = new ConcurrentHashMap<>();
  private final ExecutorService updates =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("matching-updates").unstarted(r));
  private final boolean warmAtStart;

  MatchingIndex(
      MatchingStore store,
      ChangeFeed feed,
      JdbcClient jdbc,
      @Value("${factbench.matching.embeddings:true}") boolean embeddings,
      @Value("${factbench.matching.embed-threads:2}") int threads,
      @Value("${factbench.matching.warm-at-start:true}") boolean warmAtStart) {
    this.store = store;
    this.feed = feed;
    this.jdbc = jdbc;
    this.embedder = embeddings ? new LoadingEmbedder(ClaimMatcher.EMBEDDING_MODEL, threads) : null;
    this.worker = new EmbeddingWorker(embedder, store);
    this.warmAtStart = warmAtStart;
  }

  /** The sentence model's name and version ("" without one). */
  public String embeddingModel() {
    return embedder == null ? "" : embedder.model();
  }

  /** The score from which a best match is "already checked" (calibrated, decision record 0012). */
  public double alreadyCheckedThreshold() {
    return model.alreadyChecked();
  }

  /** The {@code k} passages of the workspace most likely repeated by {@code text}. */
  public Lookup match(long workspaceId, String text, int k) {
    WorkspaceIndex index = index(workspaceId);
    return new Lookup(index.matcher().match(text, k), index.pendingCount());
  }

  /** How many passages of the workspace wait for a vector (0 when it is not loaded). */
  public int pending(long workspaceId) {
    WorkspaceIndex index = indexes.get(workspaceId);
    return index == null ? 0 : index.pendingCount();
  }

  /** The workspace's index, loaded from the database on first use. */
  WorkspaceIndex index(long workspaceId) {
    WorkspaceIndex index =
        indexes.computeIfAbsent(
            workspaceId,
            ws -> {
              subscriptions.computeIfAbsent(ws, w -> feed.subscribe(w, this::changed));
              return new WorkspaceIndex(ws, embedder, model);
            });
    if (!index.loaded()) {
      index.lock.lock();
      try {
        if (!index.loaded()) {
          long t0 = System.nanoTime();
          index.load(store);
          log.info(
              "Matching index of workspace {} loaded in {} ms: {} passages, {} waiting for vectors",
              workspaceId,
              (System.nanoTime() - t0) / 1_000_000,
              index.matcher().lexical().size(),
              index.pendingCount());
        }
      } finally {
        index.lock.unlock();
      }
      worker.schedule(index);
    }
    return index;
  }

  /**
   * A claim changed on this node: applied as soon as it is committed, before the request that
   * changed it returns, so the next lookup on this node finds it.
   */
  @TransactionalEventListener
  void claimChanged(ClaimChanged e) {
    WorkspaceIndex index = e.claimId() == null ? null : indexes.get(e.workspaceId());
    if (index != null) {
      apply(index, e.claimId());
    }
  }

  /**
   * A change announced by the feed (from any node, this one too); one that names no claim (a
   * document imported, or the feed reconnected and may have missed some) is checked against the
   * database.
   */
  private void changed(Change c) {
    if (c.claimId() != null) {
      claimChanged(c.workspaceId(), c.claimId());
      return;
    }
    WorkspaceIndex index = indexes.get(c.workspaceId());
    if (index != null) {
      updates.execute(
          () -> {
            index.lock.lock();
            try {
              if (index.loaded()) {
                index.reconcile(store);
              }
            } catch (RuntimeException ex) {
              log.warn("Could not check workspace {} in the matching index", c.workspaceId(), ex);
            } finally {
              index.lock.unlock();
            }
            worker.schedule(index);
          });
    }
  }

  private void claimChanged(long workspaceId, long claimId) {
    WorkspaceIndex index = indexes.get(workspaceId);
    if (index == null) {
      return; // loaded from the database when first used
    }
    updates.execute(() -> apply(index, claimId));
  }

  private void apply(WorkspaceIndex index, long claimId) {
    index.lock.lock();
    try {
      if (index.loaded()) {
        index.claim(claimId, store.claim(index.workspaceId, claimId));
      }
    } catch (RuntimeException ex) {
      log.warn("Could not follow claim {} in the matching index", claimId, ex);
    } finally {
      index.lock.unlock();
    }
    worker.schedule(index);
  }

  /**
   * Builds the workspace's index again from the database when it is next used. The old index is not
   * closed: a lookup may still be reading it (it is in memory; the collector takes it).
   */
  void reload(long workspaceId) {
    indexes.remove(workspaceId);
  }

  /**
   * A reference collection was imported or deleted on this node: its items are read or dropped in
   * the background once committed (other nodes hear of it through the change feed).
   */
  @TransactionalEventListener
  void collectionChanged(ReferenceCollectionChanged e) {
    WorkspaceIndex index = indexes.get(e.workspaceId());
    if (index != null) {
      updates.execute(
          () -> {
            index.lock.lock();
            try {
              if (index.loaded()) {
                index.reconcileCollections(store);
              }
            } finally {
              index.lock.unlock();
            }
            worker.schedule(index);
          });
    }
  }

  /**
   * Once the application is up: starts loading the sentence model, and loads every workspace's
   * index in the background.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warm() {
    if (embedder != null) {
      embedder.start();
    }
    if (!warmAtStart) {
      return;
    }
    List<Long> workspaces =
        jdbc.sql(
                """
                select workspace_id from claim_wording
                union select workspace_id from reference_collection
                """)
            .query(Long.class)
            .list();
    workspaces.forEach(ws -> updates.execute(() -> index(ws)));
  }

  /** Stops embedding until {@link #resumeEmbedding} (tests: lookups while vectors are pending). */
  void pauseEmbedding() {
    worker.pause();
  }

  void resumeEmbedding() {
    worker.resume(indexes.values());
  }

  /**
   * Waits until the model is loaded and no change or vector is pending (tests and benchmarks);
   * false when {@code timeout} passed first.
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      var drained = new java.util.concurrent.CompletableFuture<Void>();
      updates.execute(() -> drained.complete(null));
      try {
        drained.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e);
      }
      boolean modelReady = embedder == null || embedder.ready();
      if (modelReady
          && worker.idle()
          && indexes.values().stream().allMatch(i -> i.pendingCount() == 0)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  @Override
  public void destroy() {
    subscriptions.values().forEach(ChangeFeed.Subscription::close);
    updates.shutdownNow();
    worker.close();
    indexes.values().forEach(WorkspaceIndex::close);
    if (embedder != null) {
      embedder.close();
    }
  }
}
