package org.factbench.assist;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * L2-regularised logistic regression with weighted examples, fitted by L-BFGS: minimises {@code ½ Σ
 * reg_j w_j² + Σ_i s_i log(1 + e^(−y_i z_i))} with {@code z_i = b + w · x_i}, the intercept {@code
 * b} not regularised. A row has a dense part (a slice of a float array: sentence vectors) and a
 * sparse part (indices and values: cues, signals, word buckets). Deterministic: the rows are cut
 * into a fixed number of parts whose sums are added in a fixed order, so the same data gives the
 * same weights bit for bit whatever the machine's load.
 */
final class LogisticRegression {

  /** Rows: dense slices {@code dense[i][denseFrom..denseTo)}, sparse indices and values. */
  record Rows(
      float[][] dense,
      int denseFrom,
      int denseTo,
      int[][] index,
      float[][] value,
      boolean[] positive,
      double[] weight) {

    int size() {
      return positive.length;
    }

    int denseLength() {
      return denseTo - denseFrom;
    }
  }

  /** Fitted weights: dense, sparse (by index), intercept. */
  record Fit(double[] dense, double[] sparse, double intercept, int iterations) {

    Fit withoutDense() {
      return new Fit(new double[0], sparse, intercept, iterations);
    }

    double logit(float[] dense, int denseFrom, int[] index, float[] value) {
      double z = intercept;
      for (int k = 0; k < this.dense.length; k++) {
        z += this.dense[k] * dense[denseFrom + k];
      }
      for (int j = 0; j < index.length; j++) {
        z += sparse[index[j]] * value[j];
      }
      return z;
    }
  }

  static final int PARTS = 2;
  static final int HISTORY = 10;

  private final Rows rows;
  private final int sparseSize;
  private final double[] reg; // per parameter; the last one (intercept) is 0
  private final int d;
  private final int p;

  /**
   * @param denseReg regularisation of each dense weight (1 / scale²: a smaller value lets the
   *     vectors weigh more)
   * @param sparseReg regularisation of each sparse weight, by index
   */
  LogisticRegression(Rows rows, int sparseSize, double denseReg, double[] sparseReg) {
    this.rows = rows;
    this.sparseSize = sparseSize;
    this.d = rows.denseLength();
    this.p = d + sparseSize + 1;
    this.reg = new double[p];
    Arrays.fill(reg, 0, d, denseReg);
    System.arraycopy(sparseReg, 0, reg, d, sparseSize);
  }

  /** Fits from all-zero weights. */
  Fit fit(double tolerance, int maxIterations) {
    return fit(tolerance, maxIterations, null);
  }

  /**
   * Fits from {@code start} (or from zeros when null): its dense weights as far as they go (the
   * caller makes sure they mean the same columns), its sparse weights and intercept.
   */
  Fit fit(double tolerance, int maxIterations, Fit start) {
    double[] w = new double[p];
    if (start != null) {
      System.arraycopy(start.dense(), 0, w, 0, Math.min(d, start.dense().length));
      System.arraycopy(start.sparse(), 0, w, d, sparseSize);
      w[p - 1] = start.intercept();
    }
    double[] g = new double[p];
    ExecutorService pool = Executors.newFixedThreadPool(PARTS);
    try {
      // the stopping rule is relative to the gradient at zero, wherever the fit starts
      double g0;
      if (start == null) {
        g0 = Double.NaN;
      } else {
        evaluate(new double[p], g, pool);
        g0 = norm(g);
      }
      double f = evaluate(w, g, pool);
      if (start == null) {
        g0 = norm(g);
      }
      double[][] s = new double[HISTORY][];
      double[][] y = new double[HISTORY][];
      double[] rho = new double[HISTORY];
      int stored = 0;
      int next = 0;
      int iteration = 0;
      double[] direction = new double[p];
      double[] wNew = new double[p];
      double[] gNew = new double[p];
      while (iteration < maxIterations && norm(g) > tolerance * Math.max(1, g0)) {
        iteration++;
        // two-loop recursion
        double[] q = g.clone();
        double[] alpha = new double[HISTORY];
        for (int k = 0; k < stored; k++) {
          int i = Math.floorMod(next - 1 - k, HISTORY);
          alpha[i] = rho[i] * dot(s[i], q);
          axpy(-alpha[i], y[i], q);
        }
        double gamma = 1;
        if (stored > 0) {
          int last = Math.floorMod(next - 1, HISTORY);
          gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
        } else {
          gamma = 1 / Math.max(1, norm(g));
        }
        for (int j = 0; j < p; j++) {
          q[j] *= gamma;
        }
        for (int k = stored - 1; k >= 0; k--) {
          int i = Math.floorMod(next - 1 - k, HISTORY);
          double beta = rho[i] * dot(y[i], q);
          axpy(alpha[i] - beta, s[i], q);
        }
        for (int j = 0; j < p; j++) {
          direction[j] = -q[j];
        }
        double slope = dot(g, direction);
        if (slope >= 0) { // not a descent direction: restart from the gradient
          stored = 0;
          for (int j = 0; j < p; j++) {
            direction[j] = -g[j] / Math.max(1, norm(g));
          }
          slope = dot(g, direction);
        }
        double step = 1;
        double fNew;
        int tries = 0;
        while (true) {
          for (int j = 0; j < p; j++) {
            wNew[j] = w[j] + step * direction[j];
          }
          fNew = evaluate(wNew, gNew, pool);
          if (fNew <= f + 1e-4 * step * slope || ++tries > 30) {
            break;
          }
          step *= 0.5;
        }
        double[] sk = new double[p];
        double[] yk = new double[p];
        for (int j = 0; j < p; j++) {
          sk[j] = wNew[j] - w[j];
          yk[j] = gNew[j] - g[j];
        }
        double sy = dot(sk, yk);
        if (sy > 1e-12) {
          s[next] = sk;
          y[next] = yk;
          rho[next] = 1 / sy;
          next = (next + 1) % HISTORY;
          stored = Math.min(stored + 1, HISTORY);
        }
        boolean stalled = Math.abs(f - fNew) <= 1e-12 * Math.max(1, Math.abs(f));
        System.arraycopy(wNew, 0, w, 0, p);
        System.arraycopy(gNew, 0, g, 0, p);
        f = fNew;
        if (stalled) {
          break;
        }
      }
      return new Fit(
          Arrays.copyOfRange(w, 0, d),
          Arrays.copyOfRange(w, d, d + sparseSize),
          w[p - 1],
          iteration);
    } finally {
      pool.shutdown();
    }
  }

  /** The objective at {@code w}; its gradient into {@code g}. */
  private double evaluate(double[] w, double[] g, ExecutorService pool) {
    int n = rows.size();
    float[] wd = new float[d];
    for (int k = 0; k < d; k++) {
      wd[k] = (float) w[k];
    }
    double[][] grads = new double[PARTS][];
    double[] losses = new double[PARTS];
    Future<?>[] parts = new Future<?>[PARTS];
    for (int part = 0; part < PARTS; part++) {
      int from = (int) ((long) n * part / PARTS);
      int to = (int) ((long) n * (part + 1) / PARTS);
      int at = part;
      parts[part] =
          pool.submit(
              () -> {
                double[] gp = new double[p];
                losses[at] = partial(w, wd, from, to, gp);
                grads[at] = gp;
              });
    }
    try {
      for (Future<?> f : parts) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    double f = 0;
    Arrays.fill(g, 0);
    for (int part = 0; part < PARTS; part++) {
      f += losses[part];
      for (int j = 0; j < p; j++) {
        g[j] += grads[part][j];
      }
    }
    for (int j = 0; j < p; j++) {
      f += 0.5 * reg[j] * w[j] * w[j];
      g[j] += reg[j] * w[j];
    }
    return f;
  }

  private double partial(double[] w, float[] wd, int from, int to, double[] g) {
    double loss = 0;
    int off = rows.denseFrom();
    for (int i = from; i < to; i++) {
      float[] x = rows.dense()[i];
      double z = w[p - 1] + dot(wd, x, off);
      int[] idx = rows.index()[i];
      float[] val = rows.value()[i];
      for (int j = 0; j < idx.length; j++) {
        z += w[d + idx[j]] * val[j];
      }
      double yz = rows.positive()[i] ? z : -z;
      // log(1 + e^-yz), stable
      loss +=
          rows.weight()[i] * (yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
      double sigma = 1 / (1 + Math.exp(yz)); // = 1 - σ(yz)
      double dz = rows.weight()[i] * (rows.positive()[i] ? -sigma : sigma);
      if (d > 0) {
        float dzf = (float) dz;
        for (int k = 0; k < d; k++) {
          g[k] += dzf * x[off + k];
        }
      }
      for (int j = 0; j < idx.length; j++) {
        g[d + idx[j]] += dz * val[j];
      }
      g[p - 1] += dz;
    }
    return loss;
  }

  private static double dot(float[] w, float[] x, int off) {
    float a = 0;
    float b = 0;
    float c = 0;
    float e = 0;
    int k = 0;
    int n = w.length;
    for (; k + 3 < n; k += 4) {
      a += w[k] * x[off + k];
      b += w[k + 1] * x[off + k + 1];
      c += w[k + 2] * x[off + k + 2];
      e += w[k + 3] * x[off + k + 3];
    }
    for (; k < n; k++) {
      a += w[k] * x[off + k];
    }
    return (double) a + b + c + e;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double norm(double[] x) {
    return Math.sqrt(dot(x, x));
  }
}
