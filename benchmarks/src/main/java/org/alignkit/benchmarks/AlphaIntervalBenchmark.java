package org.alignkit.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.IntervalMethod;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.KrippendorffAlpha;
import org.alignkit.metrics.Metric;
import org.alignkit.metrics.ReliabilityData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Interval estimates for Krippendorff's alpha (ordinal), on one core, against the budgets of issue
 * #21:
 *
 * <ul>
 *   <li>10 000 bootstrap resamples on a round of 5 groups × 41 indicators (levels 1..5, 10 %
 *       missing): at most 50 ms, for the pair bootstrap (KALPHA) and the unit bootstrap alike;
 *   <li>the jackknife on 10 000 units × 5 coders (the data of {@link AgreementBenchmark}): at most
 *       5 ms.
 * </ul>
 *
 * <p>Each call starts from a fresh view of the cells ({@link ReliabilityData#unitRange}), so alpha
 * and its tally are made again, as a first call on new data would; the estimates run sequentially
 * (the default).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AlphaInterval -f 1 -wi 3 -i 5 -w 1s -r
 * 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlphaIntervalBenchmark {
  static final int INDICATORS = 41;
  static final int GROUPS = 5;
  static final int NO_LEVEL = Integer.MIN_VALUE;

  ReliabilityData round;
  ReliabilityData large;
  IntervalSpec pairs = IntervalSpec.of(IntervalMethod.PAIR_BOOTSTRAP);
  IntervalSpec units = IntervalSpec.of(IntervalMethod.UNIT_BOOTSTRAP);
  IntervalSpec jackknife = IntervalSpec.of(IntervalMethod.JACKKNIFE);

  /** A round of levels, as the round analysis makes it, and the large data set. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(AgreementBenchmark.SEED);
    int[] levels = new int[INDICATORS * GROUPS];
    for (int u = 0; u < INDICATORS; u++) {
      int truth = 1 + random.nextInt(5);
      for (int g = 0; g < GROUPS; g++) {
        levels[u * GROUPS + g] = random.nextDouble() < 0.1
            ? NO_LEVEL
            : Math.max(1, Math.min(5, truth + random.nextInt(3) - 1));
      }
    }
    round = ReliabilityData.ofLevels(INDICATORS, GROUPS, levels, NO_LEVEL);
    AgreementBenchmark agreement = new AgreementBenchmark();
    agreement.setup();
    large = agreement.data;
  }

  /** KALPHA's bootstrap: 10 000 resamples of the round's pairable pairs. */
  @Benchmark
  public AlphaInterval pairBootstrapRound() {
    return KrippendorffAlpha.interval(round.unitRange(0, INDICATORS), Metric.ORDINAL, pairs);
  }

  /** The unit bootstrap: 10 000 resamples of the round's indicators. */
  @Benchmark
  public AlphaInterval unitBootstrapRound() {
    return KrippendorffAlpha.interval(round.unitRange(0, INDICATORS), Metric.ORDINAL, units);
  }

  /** The jackknife on 10 000 units × 5 coders. */
  @Benchmark
  public AlphaInterval jackknifeLarge() {
    return KrippendorffAlpha.interval(
        large.unitRange(0, AgreementBenchmark.UNITS), Metric.ORDINAL, jackknife);
  }
}
