package org.factbench.assist.retrieval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.factbench.assist.embed.SentenceEmbedder;
import org.factbench.assist.retrieval.ClaimMatchingData.Query;
import org.factbench.assist.retrieval.ClaimMatchingData.VerifiedClaim;

/**
 * Learning and measuring claim matching on the CLEF-2020 data: the logistic regression behind
 * {@link MatchModel} (Newton's method, L2, deterministic), the "already checked" threshold, and
 * MAP@5, recall@5 and P@1 as the task defines them.
 */
final class ClaimMatchingTraining {

  /** L2 penalty of the logistic regression (on the weights, not the bias). */
  static final double L2 = 1.0;

  /** Precision the "already checked" threshold is chosen for, on the training tweets. */
  static final double PRECISION = 0.9;

  private ClaimMatchingTraining() {}

  /** MAP@5, recall@5 and P@1 of ranked ids against each query's gold ids. */
  record Quality(double map5, double recall5, double p1) {}

  static Quality quality(List<List<Long>> ranked, List<Set<Long>> gold) {
    double map = 0;
    double recall = 0;
    double p1 = 0;
    for (int q = 0; q < ranked.size(); q++) {
      Set<Long> g = gold.get(q);
      List<Long> r = ranked.get(q);
      int found = 0;
      double ap = 0;
      for (int k = 0; k < Math.min(5, r.size()); k++) {
        if (g.contains(r.get(k))) {
          found++;
          ap += (double) found / (k + 1);
        }
      }
      map += g.isEmpty() ? 0 : ap / g.size();
      recall += g.isEmpty() ? 0 : (double) found / g.size();
      p1 += !r.isEmpty() && g.contains(r.get(0)) ? 1 : 0;
    }
    int n = ranked.size();
    return new Quality(map / n, recall / n, p1 / n);
  }

  /**
   * Logistic regression by Newton's method: weights for each column of {@code x} and a last one for
   * the bias; {@code skip} columns are held at 0.
   */
  static double[] logistic(List<double[]> x, List<Boolean> y, Set<Integer> skip) {
    int d = x.getFirst().length;
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d + 1];
      double[][] hess = new double[d + 1][d + 1];
      for (int i = 0; i < x.size(); i++) {
        double[] xi = row(x.get(i), skip);
        double z = 0;
        for (int j = 0; j <= d; j++) {
          z += w[j] * xi[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - (y.get(i) ? 1 : 0);
        double s = p * (1 - p);
        for (int j = 0; j <= d; j++) {
          grad[j] += err * xi[j];
          for (int l = 0; l <= d; l++) {
            hess[j][l] += s * xi[j] * xi[l];
          }
        }
      }
      for (int j = 0; j < d; j++) {
        grad[j] += L2 * w[j];
        hess[j][j] += L2;
      }
      for (int j : skip) {
        hess[j][j] += 1; // keep the system solvable; the gradient there is 0
      }
      double[] step = solve(hess, grad);
      double size = 0;
      for (int j = 0; j <= d; j++) {
        w[j] -= step[j];
        size = Math.max(size, Math.abs(step[j]));
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static double[] row(double[] x, Set<Integer> skip) {
    double[] r = new double[x.length + 1];
    for (int j = 0; j < x.length; j++) {
      r[j] = skip.contains(j) ? 0 : x[j];
    }
    r[x.length] = 1;
    return r;
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        b[r] -= f * b[c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** A best match's score and whether it is right (false for a lookup whose gold was hidden). */
  record Decision(double score, boolean right) {}

  /**
   * The lowest score threshold whose decisions above it are right at least {@link #PRECISION} of
   * the time, counting only thresholds with at least 20 decisions above; 1 if there is none.
   */
  static double threshold(List<Decision> decisions) {
    List<Decision> sorted = new ArrayList<>(decisions);
    sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
    double best = 1;
    int right = 0;
    for (int i = 0; i < sorted.size(); i++) {
      right += sorted.get(i).right() ? 1 : 0;
      boolean last = i + 1 == sorted.size() || sorted.get(i + 1).score() < sorted.get(i).score();
      if (last && i + 1 >= 20 && (double) right / (i + 1) >= PRECISION) {
        best = sorted.get(i).score();
      }
    }
    return best;
  }

  /**
   * Precision and recall of "already checked" at {@code threshold} (recall over lookups whose gold
   * is there).
   */
  static double[] precisionRecall(
      List<Decision> withGold, List<Decision> goldHidden, double threshold) {
    int shown = 0;
    int right = 0;
    for (Decision d : withGold) {
      if (d.score() >= threshold) {
        shown++;
        right += d.right() ? 1 : 0;
      }
    }
    for (Decision d : goldHidden) {
      shown += d.score() >= threshold ? 1 : 0;
    }
    return new double[] {
      shown == 0 ? 1 : (double) right / shown, (double) right / withGold.size(), shown
    };
  }

  /** The verified claims as passages. */
  static List<Passage> passages(List<VerifiedClaim> claims) {
    return claims.stream().map(c -> new Passage(c.id(), c.claim(), c.title())).toList();
  }

  /** The cleaned text of each query. */
  static List<String> cleaned(Collection<Query> queries) {
    return queries.stream().map(q -> QueryText.clean(q.text())).toList();
  }

  /**
   * The vectors of {@code texts}, from {@code target/claim-matching-vectors} when the same model
   * embedded the same texts in the same way before (the file name holds a hash of all three), else
   * embedded now and kept there.
   */
  static float[][] cached(
      SentenceEmbedder e, String how, List<String> texts, Function<List<String>, float[][]> embed) {
    Path file;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((e.model() + "\n" + how + "\n").getBytes(StandardCharsets.UTF_8));
      for (String t : texts) {
        sha.update(t.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      file =
          Path.of("target/claim-matching-vectors")
              .resolve(
                  e.model().replaceAll("[^a-zA-Z0-9.-]", "_")
                      + "-"
                      + how
                      + "-"
                      + HexFormat.of().formatHex(sha.digest()).substring(0, 16)
                      + ".f32");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
    try {
      if (Files.exists(file)) {
        try (DataInputStream in =
            new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
          int n = in.readInt();
          int d = in.readInt();
          float[][] out = new float[n][d];
          for (float[] v : out) {
            for (int j = 0; j < d; j++) {
              v[j] = in.readFloat();
            }
          }
          return out;
        }
      }
      float[][] out = embed.apply(texts);
      Files.createDirectories(file.getParent());
      try (DataOutputStream o =
          new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
        o.writeInt(out.length);
        o.writeInt(e.dimensions());
        for (float[] v : out) {
          for (float x : v) {
            o.writeFloat(x);
          }
        }
      }
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
