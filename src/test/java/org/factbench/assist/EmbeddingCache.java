package org.factbench.assist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.factbench.assist.embed.SentenceEmbedder;

/**
 * Sentence vectors for training and evaluation, kept on disk under {@code target/} so that nested
 * evaluation and retraining embed each document once. A document's sentences are embedded as the
 * application embeds them ({@link SentenceVectors}: chunks in reading order; the quantised model's
 * vectors depend slightly on their batch mates); the file is named by the model, the chunk size and
 * the SHA-256 of the sentences, so a changed text, model or chunking is embedded afresh.
 */
final class EmbeddingCache {

  /** Where the vectors are kept; override with -Dassist.embedding.cache=DIR. */
  static final Path DIR =
      Path.of(System.getProperty("assist.embedding.cache", "target/embedding-cache"));

  private final SentenceEmbedder embedder;
  private final Path dir;

  EmbeddingCache(SentenceEmbedder embedder) {
    this(embedder, DIR);
  }

  EmbeddingCache(SentenceEmbedder embedder, Path root) {
    this.embedder = embedder;
    this.dir =
        root.resolve(
            embedder.model().replaceAll("[^A-Za-z0-9._-]", "_") + "-chunk" + SentenceVectors.CHUNK);
  }

  /** The vectors of {@code texts}, one per text, in order: from the cache, or embedded now. */
  float[][] vectors(List<String> texts) {
    Path file = dir.resolve(key(texts) + ".f32");
    try {
      if (Files.isRegularFile(file)) {
        float[][] v = read(file, embedder.dimensions());
        if (v.length == texts.size()) {
          return v;
        }
      }
      float[][] v = SentenceVectors.of(embedder, texts, ScoringProgress.NONE);
      write(file, v, embedder.dimensions());
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("embedding cache " + file, e);
    }
  }

  static String key(List<String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String t : texts) {
        sha.update(t.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static float[][] read(Path file, int dims) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int n = b.getInt();
    int d = b.getInt();
    if (d != dims || b.remaining() != (long) n * d * 4) {
      return new float[0][];
    }
    float[][] v = new float[n][d];
    for (float[] row : v) {
      b.asFloatBuffer().get(row);
      b.position(b.position() + d * 4);
    }
    return v;
  }

  private static void write(Path file, float[][] v, int dims) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(8 + v.length * dims * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(v.length).putInt(dims);
    for (float[] row : v) {
      for (float x : row) {
        b.putFloat(x);
      }
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, b.array());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
