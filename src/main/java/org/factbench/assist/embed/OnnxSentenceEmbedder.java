package org.factbench.assist.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A BERT-style sentence encoder run with ONNX Runtime, fed in batches of sentences of similar
 * length (little padding), mean-pooled over the real tokens and normalised to unit length.
 *
 * <p>The model and its tokenizer are read from the classpath, where a Maven jar put them (see
 * {@link EmbeddingModels}); nothing is downloaded.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

  /** Tokens per sentence; longer sentences are cut (the models were trained on 128 or 256). */
  static final int MAX_TOKENS = 128;

  /** Sentences per ONNX call: large enough to use the CPU well, small enough to bound memory. */
  static final int BATCH = 32;

  private final int batchSize;
  private final String passagePrefix;

  private final String model;
  private final int dimensions;
  private final String prefix;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTokenTypes;

  OnnxSentenceEmbedder(EmbeddingModels.Spec spec, int threads, int batchSize) {
    this.model = spec.name();
    this.dimensions = spec.dimensions();
    this.prefix = spec.queryPrefix();
    this.passagePrefix = spec.passagePrefix();
    this.batchSize = Math.max(1, batchSize);
    try (InputStream onnx = resource(spec.onnxResource());
        InputStream tok = resource(spec.tokenizerResource())) {
      this.tokenizer =
          HuggingFaceTokenizer.newInstance(
              tok,
              Map.of(
                  "maxLength", String.valueOf(MAX_TOKENS),
                  "truncation", "true",
                  "padding", "false",
                  "addSpecialTokens", "true"));
      this.env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, threads));
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // idle ONNX threads sleep instead of spinning: the CPU is shared with the web application
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      this.session = env.createSession(onnx.readAllBytes(), options);
      this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the embedding model " + spec.name(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("Could not load the embedding model " + spec.name(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxSentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "The embedding model file " + name + " is not on the classpath");
    }
    return in;
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public float[][] embed(List<String> texts) {
    return embed(texts, prefix);
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    return embed(texts, passagePrefix);
  }

  private float[][] embed(List<String> texts, String prefix) {
    float[][] out = new float[texts.size()][];
    List<Integer> todo = new ArrayList<>();
    Encoding[] encodings = new Encoding[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null || t.isBlank()) {
        out[i] = new float[dimensions];
      } else {
        encodings[i] = tokenizer.encode(prefix + t.strip());
        todo.add(i);
      }
    }
    // similar lengths together: less padding, less work
    todo.sort(Comparator.comparingInt(i -> encodings[i].getIds().length));
    for (int from = 0; from < todo.size(); from += batchSize) {
      List<Integer> batch = todo.subList(from, Math.min(todo.size(), from + batchSize));
      float[][] vectors = run(batch.stream().map(i -> encodings[i]).toList());
      for (int k = 0; k < batch.size(); k++) {
        out[batch.get(k)] = vectors[k];
      }
    }
    return out;
  }

  private float[][] run(List<Encoding> batch) {
    int n = batch.size();
    int len = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(1);
    long[] ids = new long[n * len];
    long[] mask = new long[n * len];
    long[] types = new long[n * len];
    for (int b = 0; b < n; b++) {
      long[] e = batch.get(b).getIds();
      long[] m = batch.get(b).getAttentionMask();
      System.arraycopy(e, 0, ids, b * len, e.length);
      System.arraycopy(m, 0, mask, b * len, m.length);
    }
    long[] shape = {n, len};
    try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs =
          wantsTokenTypes
              ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
              : Map.of("input_ids", idT, "attention_mask", maskT);
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][] vectors = new float[n][];
        for (int b = 0; b < n; b++) {
          vectors[b] = meanPool(hidden[b], mask, b * len);
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("The embedding model failed on a batch", e);
    }
  }

  private float[] meanPool(float[][] tokens, long[] mask, int offset) {
    float[] v = new float[dimensions];
    int count = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[offset + t] == 0) {
        continue;
      }
      count++;
      float[] tok = tokens[t];
      for (int d = 0; d < dimensions; d++) {
        v[d] += tok[d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dimensions; d++) {
      v[d] /= Math.max(1, count);
      norm += v[d] * v[d];
    }
    float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    IntStream.range(0, dimensions).forEach(d -> v[d] *= inv);
    return v;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      // closing a session frees native memory; nothing to recover
    }
    tokenizer.close();
  }
}
