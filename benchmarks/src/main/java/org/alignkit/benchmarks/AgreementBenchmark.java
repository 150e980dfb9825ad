package org.alignkit.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alignkit.metrics.KrippendorffAlpha;
import org.alignkit.metrics.Metric;
import org.alignkit.metrics.ReliabilityData;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Krippendorff's alpha, ordinal, on 10 000 units × 5 coders with 10 % missing values (values 1..5,
 * fixed seed): AlignKit's {@link KrippendorffAlpha} against DKPro Statistics 2.2.1's {@link
 * KrippendorffAlphaAgreement} with the {@link OrdinalDistanceFunction}, in the same run.
 *
 * <p>Both start from their prepared input (a {@link ReliabilityData}, a {@link
 * CodingAnnotationStudy}); DKPro's agreement object caches its coincidence matrix, so a fresh one
 * is made per call. AlignKit's data keep their tally once made, so each call reads a fresh view of
 * the same cells ({@link ReliabilityData#unitRange}, which shares the cells, not the tally) and
 * tallies all 10 000 units again. {@link #setup()} refuses to run if the two alphas differ by more than 1e-9.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Agreement -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgreementBenchmark {
  static final int UNITS = 10_000;
  static final int CODERS = 5;
  static final double MISSING = 0.10;
  static final long SEED = 20261123L;

  ReliabilityData data;
  CodingAnnotationStudy study;

  /** Builds the same matrix for both and checks that they agree. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(SEED);
    Integer[][] matrix = new Integer[UNITS][CODERS];
    for (int u = 0; u < UNITS; u++) {
      int truth = 1 + random.nextInt(5);
      for (int c = 0; c < CODERS; c++) {
        if (random.nextDouble() < MISSING) {
          matrix[u][c] = null;
        } else {
          // Mostly the unit's level, sometimes one off: realistic, not uniform noise.
          int v = truth + (random.nextDouble() < 0.3 ? (random.nextBoolean() ? 1 : -1) : 0);
          matrix[u][c] = Math.max(1, Math.min(5, v));
        }
      }
    }
    data = ReliabilityData.ofNullable(matrix);
    study = new CodingAnnotationStudy(CODERS);
    for (Integer[] unit : matrix) {
      study.addItemAsArray(unit.clone());
    }
    double ours = alignKit();
    double theirs = dkpro();
    if (!(Math.abs(ours - theirs) <= 1e-9)) {
      throw new IllegalStateException("alphas differ: AlignKit " + ours + ", DKPro " + theirs);
    }
  }

  /** AlignKit. */
  @Benchmark
  public double alignKit() {
    return KrippendorffAlpha.compute(data.unitRange(0, UNITS), Metric.ORDINAL).alpha();
  }

  /** DKPro Statistics 2.2.1. */
  @Benchmark
  public double dkpro() {
    return new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction())
        .calculateAgreement();
  }
}
