package org.factbench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.factbench.assist.embed.SentenceEmbedder;
import org.factbench.assist.retrieval.ClaimMatcher;
import org.factbench.assist.retrieval.Int8VectorIndex;
import org.factbench.assist.retrieval.LexicalIndex;
import org.factbench.assist.retrieval.MatchModel;
import org.factbench.assist.retrieval.Passage;

/**
 * One workspace's matcher: its claims and its reference collections' items, in one BM25 index and
 * one vector index, and the passages still waiting for a vector. Passages of reference items have
 * ids from {@link #REFERENCE} up, so that they never meet a claim's id.
 */
final class WorkspaceIndex implements AutoCloseable {

  /** Passage ids of reference items are their own ids plus this. */
  static final long REFERENCE = 1L << 40;

  final long workspaceId;

  /** Held while the index is loaded from the database and while a change is applied. */
  final ReentrantLock lock = new ReentrantLock();

  /** Set by the embedding worker's scheduler while a run for this workspace is queued. */
  final AtomicBoolean embeddingQueued = new AtomicBoolean();

  private final ClaimMatcher matcher;
  private final String model;
  private final Map<Long, Passage> pending = new ConcurrentHashMap<>();

  /** Each indexed reference collection's item ids. */
  private final Map<Long, long[]> collections = new ConcurrentHashMap<>();

  /** Each indexed claim's wording's hash code: what {@link #reconcile} compares. */
  private final Map<Long, Integer> claims = new ConcurrentHashMap<>();

  private volatile boolean loaded;

  private final java.util.concurrent.atomic.AtomicLong indexing =
      new java.util.concurrent.atomic.AtomicLong();

  WorkspaceIndex(long workspaceId, SentenceEmbedder embedder, MatchModel matchModel) {
    this.workspaceId = workspaceId;
    this.model = embedder == null ? "" : embedder.model();
    this.matcher =
        new ClaimMatcher(
            embedder,
            LexicalIndex.inMemory(ClaimMatcher.ANALYSIS, ClaimMatcher.WITH_TITLE),
            new Int8VectorIndex(embedder == null ? 384 : embedder.dimensions(), 1),
            matchModel);
  }

  static boolean isReference(long passageId) {
    return passageId >= REFERENCE;
  }

  ClaimMatcher matcher() {
    return matcher;
  }

  boolean loaded() {
    return loaded;
  }

  /**
   * Reads the workspace's claims and reference items, the claims on this thread and the reference
   * collections on another at the same time (reading and indexing each take about half of a cold
   * start, and both indexes take passages from several threads); call with {@link #lock} held.
   */
  void load(MatchingStore store) {
    java.util.concurrent.CompletableFuture<Void> references =
        java.util.concurrent.CompletableFuture.runAsync(
            () -> store.collections(workspaceId).forEach(c -> addCollection(store, c)),
            r -> Thread.ofPlatform().daemon().name("matching-load-" + workspaceId).start(r));
    List<MatchingStore.Row> rows = new ArrayList<>();
    store.claims(workspaceId, rows::add);
    putAll(rows, 0);
    rows.forEach(r -> claims.put(r.id(), r.text().hashCode()));
    references.join();
    loaded = true;
  }

  /** Time spent putting passages in the two indexes so far (the rest of a load is reading). */
  long indexingNanos() {
    return indexing.get();
  }

  /**
   * Adds or replaces these rows' passages ({@code offset} added to their ids); those whose stored
   * vector was made by this model from this text are found by meaning at once, the others wait for
   * the embedding worker.
   */
  void putAll(List<MatchingStore.Row> rows, long offset) {
    long t0 = System.nanoTime();
    int chunk = 2_000;
    for (int from = 0; from < rows.size(); from += chunk) {
      List<MatchingStore.Row> part = rows.subList(from, Math.min(rows.size(), from + chunk));
      List<Passage> passages = new ArrayList<>(part.size());
      float[][] vectors = new float[part.size()][];
      for (int i = 0; i < part.size(); i++) {
        MatchingStore.Row r = part.get(i);
        Passage p = new Passage(r.id() + offset, r.text(), r.title());
        passages.add(p);
        String embedded = ClaimMatcher.embeddingText(p, ClaimMatcher.EMBED_TITLE);
        if (!model.isEmpty() && MatchingStore.sameText(r, model, embedded)) {
          vectors[i] = r.vector();
          pending.remove(p.id());
        } else if (!model.isEmpty()) {
          pending.put(p.id(), p);
        }
      }
      matcher.put(passages, vectors);
    }
    indexing.addAndGet(System.nanoTime() - t0);
  }

  /** A claim changed: its current row, or null when it is gone. Call with {@link #lock} held. */
  void claim(long claimId, MatchingStore.Row row) {
    if (row == null) {
      claims.remove(claimId);
      delete(claimId);
      return;
    }
    claims.put(claimId, row.text().hashCode());
    Passage now = matcher.lexical().get(claimId).orElse(null);
    boolean sameText = now != null && now.text().equals(row.text());
    if (!sameText || (!matcher.vectors().contains(claimId) && !pending.containsKey(claimId))) {
      putAll(List.of(row), 0);
    }
  }

  private void addCollection(MatchingStore store, long collectionId) {
    List<MatchingStore.Row> rows = new ArrayList<>();
    store.referencesOf(collectionId, rows::add);
    putAll(rows, REFERENCE);
    collections.put(collectionId, rows.stream().mapToLong(MatchingStore.Row::id).toArray());
  }

  /**
   * Brings the reference collections up to date with the database: new ones are read, deleted ones
   * leave. Call with {@link #lock} held.
   */
  void reconcileCollections(MatchingStore store) {
    List<Long> now = store.collections(workspaceId);
    for (Long gone : List.copyOf(collections.keySet())) {
      if (!now.contains(gone)) {
        for (long item : collections.remove(gone)) {
          delete(item + REFERENCE);
        }
      }
    }
    now.stream().filter(c -> !collections.containsKey(c)).forEach(c -> addCollection(store, c));
  }

  /**
   * Brings the claims up to date with the database after changes that were not announced one by
   * one: claims whose wording changed are read again, claims gone are removed. Call with {@link
   * #lock} held.
   */
  void reconcile(MatchingStore store) {
    reconcileCollections(store);
    Map<Long, Integer> now = new java.util.HashMap<>();
    store.wordings(workspaceId, (id, wording) -> now.put(id, wording.hashCode()));
    for (Long gone : List.copyOf(claims.keySet())) {
      if (!now.containsKey(gone)) {
        claim(gone, null);
      }
    }
    now.forEach(
        (id, hash) -> {
          if (!hash.equals(claims.get(id))) {
            claim(id, store.claim(workspaceId, id));
          }
        });
  }

  void delete(long passageId) {
    pending.remove(passageId);
    matcher.delete(passageId);
  }

  /** Up to {@code max} passages waiting for a vector. */
  List<Passage> pending(int max) {
    return pending.values().stream().limit(max).toList();
  }

  int pendingCount() {
    return pending.size();
  }

  /**
   * The vectors of passages taken from {@link #pending}: each is used unless its passage changed
   * meanwhile.
   */
  void vectors(List<Passage> passages, float[][] vectors) {
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (pending.remove(p.id(), p)) {
        matcher.vectors().put(p.id(), vectors[i]);
      }
    }
  }

  @Override
  public void close() {
    matcher.close();
  }
}
