package org.factbench.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A small store of labelled sentences with their vectors, to explain the learned part of a score by
 * the nearest examples: sentences fact-checkers chose to check, and sentences they passed over.
 * Read from a tab-separated resource, one example a line: {@code checked (1 or 0), source, scale,
 * vector (384 signed bytes, Base64), text}; a vector component is its byte times the scale. Lines
 * starting with {@code #} are comments.
 */
final class LabelledExamples {

  private final List<LabelledExample> examples;
  private final float[][] vectors;

  LabelledExamples(List<LabelledExample> examples, float[][] vectors) {
    if (examples.size() != vectors.length) {
      throw new IllegalArgumentException(examples.size() + " examples, " + vectors.length);
    }
    this.examples = List.copyOf(examples);
    this.vectors = vectors.clone();
  }

  int size() {
    return examples.size();
  }

  List<LabelledExample> examples() {
    return examples;
  }

  /** The example with the given label nearest in meaning to {@code vector}; null if none. */
  LabelledExample nearest(float[] vector, boolean checked) {
    int best = -1;
    double bestDot = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < vectors.length; i++) {
      if (examples.get(i).checked() != checked) {
        continue;
      }
      double dot = 0;
      float[] e = vectors[i];
      for (int k = 0; k < e.length; k++) {
        dot += e[k] * vector[k];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = i;
      }
    }
    return best < 0 ? null : examples.get(best).at(Math.round(bestDot * 1000) / 1000.0);
  }

  /** One line of the store's file. */
  static String line(LabelledExample e, float[] vector) {
    float max = 0;
    for (float x : vector) {
      max = Math.max(max, Math.abs(x));
    }
    float scale = max == 0 ? 1 : max / 127;
    byte[] bytes = new byte[vector.length];
    for (int k = 0; k < vector.length; k++) {
      bytes[k] = (byte) Math.round(vector[k] / scale);
    }
    String text = e.text().replaceAll("\\s+", " ").strip();
    return (e.checked() ? "1" : "0")
        + "\t"
        + e.source()
        + "\t"
        + Float.toString(scale)
        + "\t"
        + Base64.getEncoder().encodeToString(bytes)
        + "\t"
        + text
        + "\n";
  }

  static LabelledExamples parse(String file) {
    List<LabelledExample> examples = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (String row : file.split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\t", 5);
      if (cells.length != 5) {
        throw new IllegalStateException("bad example line: " + row);
      }
      float scale = Float.parseFloat(cells[2]);
      byte[] bytes = Base64.getDecoder().decode(cells[3]);
      float[] v = new float[bytes.length];
      for (int k = 0; k < bytes.length; k++) {
        v[k] = bytes[k] * scale;
      }
      examples.add(new LabelledExample(cells[4], cells[0].equals("1"), cells[1], 0));
      vectors.add(v);
    }
    return new LabelledExamples(examples, vectors.toArray(new float[0][]));
  }

  static LabelledExamples load(String resource) {
    try (InputStream in = LabelledExamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("examples " + resource + " are not on the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
