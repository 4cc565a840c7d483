package org.factbench.bench;

import java.util.Collection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH microbenchmarks ({@link AssistMicrobenchmarks}) in a forked JVM and prints JMH's
 * table and one Markdown row per benchmark: {@code ./mvnw -Pbenchmark test -Dtest=JmhBenchmark}.
 * {@code -Djmh.forks}, {@code -Djmh.iterations} and {@code -Djmh.seconds} shorten or lengthen it
 * (defaults 1, 5, 1). Also runnable as a plain main from the test classpath.
 */
@Tag("benchmark")
class JmhBenchmark {

  @Test
  void assist_microbenchmarks() throws Exception {
    run();
  }

  public static void main(String[] args) throws Exception {
    run();
  }

  static void run() throws Exception {
    int forks = Integer.getInteger("jmh.forks", 1);
    int iterations = Integer.getInteger("jmh.iterations", 5);
    int seconds = Integer.getInteger("jmh.seconds", 1);
    Options options =
        new OptionsBuilder()
            .include(AssistMicrobenchmarks.class.getName())
            .forks(forks)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(seconds))
            .threads(1)
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.printf("%n[jmh] | benchmark | average | error (99.9%%) |%n[jmh] |---|---:|---:|%n");
    for (RunResult r : results) {
      var s = r.getPrimaryResult();
      String name = r.getParams().getBenchmark();
      System.out.printf(
          "[jmh] | %s | %.3f %s | ± %.3f |%n",
          name.substring(name.lastIndexOf('.') + 1),
          s.getScore(),
          s.getScoreUnit(),
          s.getScoreError());
    }
  }
}
