package org.factbench.matching;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.factbench.assist.embed.EmbeddingModels;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * The sentence model, loaded from its jar in the background so that the application starts without
 * waiting for it. Until it is loaded, {@link #embed(List)} fails at once, which a lookup answers
 * with BM25 alone (and says so); the embedding worker waits for it with {@link #await}.
 */
final class LoadingEmbedder implements SentenceEmbedder {

  private final EmbeddingModels.Spec spec;
  private final int threads;
  private final CompletableFuture<SentenceEmbedder> loaded = new CompletableFuture<>();
  private final java.util.concurrent.atomic.AtomicBoolean started =
      new java.util.concurrent.atomic.AtomicBoolean();

  LoadingEmbedder(EmbeddingModels.Spec spec, int threads) {
    this.spec = spec;
    this.threads = threads;
  }

  /**
   * Starts loading the model in the background, once: when the application is up (so that the start
   * does not share its two cores with the model), or at the first wait for it.
   */
  void start() {
    if (started.compareAndSet(false, true)) {
      Thread.ofPlatform()
          .daemon()
          .name("matching-model-load")
          .start(
              () -> {
                try {
                  loaded.complete(EmbeddingModels.load(spec, threads, 1));
                } catch (RuntimeException | Error e) {
                  loaded.completeExceptionally(e);
                }
              });
    }
  }

  @Override
  public String model() {
    return spec.name();
  }

  @Override
  public int dimensions() {
    return spec.dimensions();
  }

  /** Whether the model is ready. */
  boolean ready() {
    return loaded.isDone() && !loaded.isCompletedExceptionally();
  }

  /** The loaded model, waiting up to {@code seconds} for it. */
  SentenceEmbedder await(long seconds) throws InterruptedException {
    start();
    try {
      return loaded.get(seconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The sentence model could not be loaded", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("The sentence model is still loading");
    }
  }

  @Override
  public float[][] embed(List<String> texts) {
    if (!ready()) {
      throw new IllegalStateException("The sentence model is still loading");
    }
    return loaded.join().embed(texts);
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    if (!ready()) {
      throw new IllegalStateException("The sentence model is still loading");
    }
    return loaded.join().embedPassages(texts);
  }

  @Override
  public void close() {
    loaded.thenAccept(SentenceEmbedder::close);
  }
}
