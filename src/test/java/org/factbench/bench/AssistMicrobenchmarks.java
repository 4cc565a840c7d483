package org.factbench.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.factbench.assist.CheckWorthiness;
import org.factbench.assist.CheckWorthySentence;
import org.factbench.assist.FigureCheck;
import org.factbench.assist.Quantities;
import org.factbench.assist.Quantity;
import org.factbench.assist.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH microbenchmarks of the assist code that runs on every claim save and document import: figure
 * parsing, the figure check, and check-worthiness scoring. Run by {@link JmhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssistMicrobenchmarks {

  String claim =
      "Western officials say 180,000 to 220,000 soldiers were killed in action by the end of 2024.";
  String claimInMillions = "Defence spending rose to 2.5 million euros in 2023, the ministry said.";
  List<String> sourceFigures = List.of("180,000-220,000", "about 200,000", "6.3%", "2.1 million");
  String paragraph =
      "0:12:04 Senator Hale: Defence spending reached 6.3% of GDP this year, the highest share in"
          + " the alliance. I think the public deserves a clearer answer on where the money went."
          + " According to the statistics office, inflation fell to 2.4 percent in October, while"
          + " unemployment stood at 5.1 percent. We have doubled the budget in just two years.";
  String sentenceText =
      "According to the statistics office, inflation fell to 2.4 percent in October last year.";
  Sentence sentence = new Sentence(0, sentenceText.length(), sentenceText);

  @Benchmark
  public List<Quantity> quantitiesOfAClaim() {
    return Quantities.find(claim);
  }

  @Benchmark
  public Optional<String> figureCheckAgreeing() {
    return FigureCheck.check(claim, sourceFigures, FigureCheck.DEFAULT_TOLERANCE);
  }

  @Benchmark
  public Optional<String> figureCheckDisagreeing() {
    return FigureCheck.check(claimInMillions, sourceFigures, FigureCheck.DEFAULT_TOLERANCE);
  }

  @Benchmark
  public CheckWorthySentence checkWorthinessOfASentence() {
    return CheckWorthiness.score(sentence);
  }

  @Benchmark
  public List<CheckWorthySentence> checkWorthinessOfATranscriptParagraph() {
    return CheckWorthiness.rank(paragraph);
  }
}
