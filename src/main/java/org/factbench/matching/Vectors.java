package org.factbench.matching;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** How a vector and the hash of the text it was made from are kept in the database. */
final class Vectors {

  private Vectors() {}

  /** The vector as little-endian 32-bit floats. */
  static byte[] bytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  /** The vector kept by {@link #bytes}, or null when {@code bytes} is null. */
  static float[] floats(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** SHA-256 of the text that was embedded: a stored vector is reused only for the same text. */
  static byte[] hash(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
