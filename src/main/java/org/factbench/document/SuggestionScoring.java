package org.factbench.document;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The background scoring of check-worthy sentences: one thread per node scores one document at a
 * time, so an import returns at once and a long transcript never holds a user's request. It starts
 * when the application is ready (documents left unfinished by a stopped node, and those of an older
 * model version, are taken up then), after each import is committed, and every {@code
 * factbench.suggestions.poll} (default 15 s) for what other nodes left behind. On shutdown the
 * document under way goes back to the queue.
 */
@Component
class SuggestionScoring {

  private static final Logger log = LoggerFactory.getLogger(SuggestionScoring.class);

  private final SuggestionScorer scorer;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("factbench-suggestion-scoring").factory());
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile boolean started;
  private volatile boolean stopping;

  SuggestionScoring(SuggestionScorer scorer) {
    this.scorer = scorer;
  }

  /** Queues the documents of an older model version, then scores whatever waits. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeAtStart() {
    int queued = scorer.queueOutdated();
    if (queued > 0) {
      log.info(
          "{} documents queued for check-worthiness scoring (model changed or failed)", queued);
    }
    started = true;
    wake();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void imported(DocumentImported e) {
    wake();
  }

  @Scheduled(
      fixedDelayString = "${factbench.suggestions.poll:PT15S}",
      initialDelayString = "${factbench.suggestions.poll:PT15S}")
  void poll() {
    wake();
  }

  /** Makes sure the worker looks for work soon; never blocks. */
  void wake() {
    if (!started || stopping) {
      return;
    }
    pending.set(true);
    if (draining.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (!stopping && pending.getAndSet(false)) {
        SuggestionScorer.Claimed next;
        while (!stopping && (next = scorer.claimNext()) != null) {
          scorer.score(next, () -> stopping);
        }
      }
    } catch (RuntimeException e) {
      // the database may be away: the next wake or poll tries again
      log.warn("Check-worthiness scoring paused: {}", e.getMessage());
    } finally {
      draining.set(false);
      if (pending.get() && !stopping) {
        wake();
      }
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    worker.shutdown();
    if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
      worker.shutdownNow();
    }
  }
}
