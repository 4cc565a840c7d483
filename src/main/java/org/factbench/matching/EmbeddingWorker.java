package org.factbench.matching;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.factbench.assist.retrieval.ClaimMatcher;
import org.factbench.assist.retrieval.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds the passages that wait for a vector, one workspace at a time, on one background thread
 * (the CPU is shared with the web application), and keeps each vector in the database before the
 * index uses it. A workspace is queued at most once at a time.
 */
final class EmbeddingWorker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

  /** Passages per ONNX call and per database write. */
  static final int BATCH = 32;

  private final LoadingEmbedder embedder;
  private final MatchingStore store;
  private final ThreadPoolExecutor executor;
  private volatile boolean paused;

  EmbeddingWorker(LoadingEmbedder embedder, MatchingStore store) {
    this.embedder = embedder;
    this.store = store;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000),
            r -> Thread.ofPlatform().daemon().name("matching-embed").unstarted(r),
            new ThreadPoolExecutor.DiscardPolicy());
  }

  /** Embeds what {@code index} has pending, soon. */
  void schedule(WorkspaceIndex index) {
    if (embedder == null || paused || index.pendingCount() == 0) {
      return;
    }
    if (index.embeddingQueued.compareAndSet(false, true)) {
      executor.execute(() -> run(index));
    }
  }

  /** Stops embedding (tests: to look up while vectors are pending) until {@link #resume}. */
  void pause() {
    paused = true;
  }

  void resume(Iterable<WorkspaceIndex> indexes) {
    paused = false;
    indexes.forEach(this::schedule);
  }

  /** Whether nothing is queued or running. */
  boolean idle() {
    return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
  }

  private void run(WorkspaceIndex index) {
    boolean failed = true;
    try {
      embedder.await(600);
      while (!paused) {
        List<Passage> batch = index.pending(BATCH);
        if (batch.isEmpty()) {
          failed = false;
          return;
        }
        float[][] vectors = index.matcher().embed(batch);
        keep(index, batch, vectors);
        index.vectors(batch, vectors);
      }
      failed = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn(
          "Embedding for workspace {} failed; lookups stay lexical for those claims",
          index.workspaceId,
          e);
    } finally {
      index.embeddingQueued.set(false);
    }
    if (!failed && !paused && index.pendingCount() > 0 && !executor.isShutdown()) {
      schedule(index); // more arrived meanwhile
    }
  }

  private void keep(WorkspaceIndex index, List<Passage> batch, float[][] vectors) {
    String model = embedder.model();
    List<Integer> refs = new java.util.ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Passage p = batch.get(i);
      if (WorkspaceIndex.isReference(p.id())) {
        refs.add(i);
      } else {
        String text = ClaimMatcher.embeddingText(p, ClaimMatcher.EMBED_TITLE);
        store.saveClaimVector(index.workspaceId, p.id(), model, text, vectors[i]);
      }
    }
    if (!refs.isEmpty()) {
      long[] ids = new long[refs.size()];
      float[][] vs = new float[refs.size()][];
      for (int j = 0; j < refs.size(); j++) {
        ids[j] = batch.get(refs.get(j)).id() - WorkspaceIndex.REFERENCE;
        vs[j] = vectors[refs.get(j)];
      }
      store.saveReferenceVectors(ids, model, vs);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
