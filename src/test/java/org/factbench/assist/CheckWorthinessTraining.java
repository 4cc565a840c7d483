package org.factbench.assist;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains and measures the check-worthiness model on the CLEF 2019 CheckThat! debates: reading the
 * TSV files, the features of each line, L2-regularised logistic regression (liblinear, solver
 * L2R_LR, unregularised intercept), and the ranking measures (average precision, precision at 10,
 * R-precision).
 */
final class CheckWorthinessTraining {

  private CheckWorthinessTraining() {}

  /** Where the debates are, relative to the project root; override with -Dassist.clef.dir. */
  static final Path DATA =
      Path.of(System.getProperty("assist.clef.dir", "../shared/data/clef2019-checkworthy-train"));

  /** The weights file the application loads, relative to the project root. */
  static final Path WEIGHTS =
      Path.of("src/main/resources").resolve(CheckWorthinessV2.WEIGHTS_RESOURCE);

  /** Inverse regularisation strength. */
  static final double C = 0.1;

  /** Weight of a check-worthy line relative to another (the classes are about 1 to 36). */
  static final double POSITIVE_WEIGHT = 1;

  static final String DESCRIPTION =
      "CLEF 2019 CheckThat! Task 1 English training debates (19 files, 16421 lines, 440"
          + " check-worthy); liblinear L2R_LR C="
          + C
          + " positive weight "
          + POSITIVE_WEIGHT;

  /** Features left out of training, for ablation: -Dassist.train.drop=negation,long. */
  static final java.util.Set<String> DROPPED =
      java.util.Set.of(System.getProperty("assist.train.drop", "").split(","));

  record Line(String speaker, String text, boolean worthy) {}

  /** One debate's lines with their feature labels, as {@link Cues#observe} gives them. */
  record Debate(String name, List<Line> lines, List<String[]> features) {

    int positives() {
      return (int) lines.stream().filter(Line::worthy).count();
    }
  }

  static boolean available() {
    return Files.isDirectory(DATA);
  }

  static List<Debate> debates() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DATA)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<Debate> out = new ArrayList<>();
    for (Path f : files) {
      out.add(debate(f));
    }
    return out;
  }

  static Debate debate(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      if (cells.length != 4) {
        throw new IOException(file + ": expected 4 tab-separated cells: " + row);
      }
      lines.add(new Line(cells[1].strip(), cells[2].strip(), cells[3].strip().equals("1")));
    }
    List<Sentence> sentences = new ArrayList<>(lines.size());
    List<String> speakers = new ArrayList<>(lines.size());
    for (Line l : lines) {
      sentences.add(new Sentence(0, l.text().length(), l.text()));
      speakers.add(l.speaker());
    }
    List<Cues.Context> contexts = Cues.contexts(speakers, sentences);
    List<String[]> features = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      features.add(Cues.observe(sentences.get(i), contexts.get(i)));
    }
    String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    return new Debate(name, lines, features);
  }

  static Scorer train(List<Debate> debates) {
    return train(debates, C, POSITIVE_WEIGHT);
  }

  static Scorer train(List<Debate> debates, double c, double positiveWeight) {
    int features = Feature.values().length;
    List<FeatureNode[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Debate d : debates) {
      for (int i = 0; i < d.lines().size(); i++) {
        String[] labels = d.features().get(i);
        List<FeatureNode> nodes = new ArrayList<>();
        for (int f = 0; f < features; f++) {
          if (labels[f] != null && !DROPPED.contains(Feature.values()[f].key())) {
            nodes.add(new FeatureNode(f + 1, 1));
          }
        }
        x.add(nodes.toArray(new FeatureNode[0]));
        y.add(d.lines().get(i).worthy() ? 1.0 : 0.0);
      }
    }
    Problem problem = new Problem();
    problem.l = x.size();
    problem.n = features + 1;
    problem.bias = 1;
    problem.x = new de.bwaldvogel.liblinear.Feature[x.size()][];
    problem.y = new double[x.size()];
    for (int i = 0; i < x.size(); i++) {
      FeatureNode[] row = x.get(i);
      de.bwaldvogel.liblinear.Feature[] withBias =
          new de.bwaldvogel.liblinear.Feature[row.length + 1];
      System.arraycopy(row, 0, withBias, 0, row.length);
      withBias[row.length] = new FeatureNode(features + 1, 1);
      problem.x[i] = withBias;
      problem.y[i] = y.get(i);
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, c, 1e-6);
    parameter.setRegularizeBias(false);
    parameter.setRandom(new Random(0));
    if (positiveWeight != 1) {
      parameter.setWeights(new double[] {positiveWeight}, new int[] {1});
    }
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    // in a two-class model the weights score the first label liblinear saw
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] weights = new double[features];
    for (int f = 0; f < features; f++) {
      weights[f] = sign * w[f];
    }
    double intercept = sign * w[features];
    return new Scorer(
        CheckWorthinessV2.VERSION, Cues.FEATURE_SET_VERSION, DESCRIPTION, intercept, weights);
  }

  /** The labels of a debate's lines, best-scored first; equal scores in line order. */
  static boolean[] ranked(Debate d, double[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> a.equals(b) ? 0 : Double.compare(scores[b], scores[a]));
    boolean[] out = new boolean[scores.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = d.lines().get(order.get(i)).worthy();
    }
    return out;
  }

  static double[] scores(Scorer s, Debate d) {
    double[] out = new double[d.lines().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.logit(d.features().get(i));
    }
    return out;
  }

  /** The labels in a random order from {@code seed}. */
  static boolean[] shuffled(Debate d, long seed) {
    List<Boolean> labels = new ArrayList<>(d.lines().stream().map(Line::worthy).toList());
    Collections.shuffle(labels, new Random(seed));
    boolean[] out = new boolean[labels.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.get(i);
    }
    return out;
  }

  /** Mean of the precisions at each check-worthy line; 0 with none. */
  static double averagePrecision(boolean[] ranked) {
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < ranked.length; i++) {
      if (ranked[i]) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return hits == 0 ? 0 : sum / hits;
  }

  static double precisionAt(boolean[] ranked, int k) {
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.length); i++) {
      if (ranked[i]) {
        hits++;
      }
    }
    return (double) hits / k;
  }

  /** Precision at R, R being the number of check-worthy lines. */
  static double rPrecision(boolean[] ranked) {
    int r = 0;
    for (boolean b : ranked) {
      if (b) {
        r++;
      }
    }
    return r == 0 ? 0 : precisionAt(ranked, r);
  }
}
