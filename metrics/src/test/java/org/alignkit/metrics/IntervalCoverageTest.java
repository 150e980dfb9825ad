package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How often each method's 95 % interval covers a known population alpha: a seeded simulation small
 * enough for {@code verify} (about two seconds).
 *
 * <p><b>The population.</b> Each of {@value #UNITS} units has a true level T drawn from levels 1..5
 * with probabilities 0.1, 0.2, 0.4, 0.2, 0.1; each of {@value #CODERS} coders reports T with
 * probability π = 0.8 and otherwise an independent draw from the same distribution, and leaves the
 * cell empty with probability 0.1 (missing completely at random). Two coders' values on one unit
 * are then equal (both T) with probability π², and otherwise two independent draws from the level
 * distribution; so for any metric whose δ² does not depend on the sample, D<sub>o</sub> = (1 − π²)
 * E δ² and D<sub>e</sub> = E δ²: the population alpha is π² = 0.64 for every metric (ordinal too,
 * its δ² being fixed by the population's margins). The ordinal metric is used, AlignKit's. 20
 * units × 5 coders is a small round, about half the reference framework.
 *
 * <p><b>The tolerance.</b> {@value #DATASETS} data sets give a coverage estimate with a Monte Carlo
 * standard error of √(0.95 · 0.05 / 400) ≈ 0.011, so three standard errors are ±0.033. Percentile
 * and jackknife intervals are approximations whose coverage error shrinks like 1/N; at N = 20 a
 * shortfall of up to 0.015 is expected of a sound method (longer runs of this simulation, 1000 data
 * sets, give 0.934 for the unit bootstrap and 0.938 for the jackknife; here 0.945 and 0.948). The unit bootstrap and the
 * jackknife must therefore cover between 0.95 − 0.033 − 0.015 ≈ 0.90 and 0.95 + 0.033 ≈ 0.98.
 *
 * <p><b>Where the pair bootstrap under-covers.</b> KALPHA's bootstrap resamples the 10 pairs each
 * unit carries as if they were independent and keeps D<sub>e</sub> fixed; with 5 coders its
 * intervals are about half as wide as they should be and cover the population alpha about 70 % of
 * the time (0.695 here, 0.704 over 1000 data sets), as its critics say (Gwet 2015; Hughes 2022,
 * arXiv:2210.13265). The test holds it to that finding: coverage below 0.85 (0.70 + 0.07, three of
 * its standard errors of about 0.023) and intervals narrower than the unit bootstrap's. With 2
 * coders (one pair per unit) the gap narrows (0.84 against 0.87 and 0.90 in the same simulation).
 */
class IntervalCoverageTest {
  static final int UNITS = 20;
  static final int CODERS = 5;
  static final int DATASETS = 400;
  static final int RESAMPLES = 1000;
  static final double PI = 0.8;
  static final double POPULATION_ALPHA = PI * PI;
  static final double[] LEVEL_SHARES = {0.1, 0.2, 0.4, 0.2, 0.1};
  static final long SEED = 20261201L;

  private static final Map<IntervalMethod, Double> COVERAGE = new EnumMap<>(IntervalMethod.class);
  private static final Map<IntervalMethod, Double> WIDTH = new EnumMap<>(IntervalMethod.class);

  @BeforeAll
  static void simulate() {
    SplittableRandom random = new SplittableRandom(SEED);
    Map<IntervalMethod, Integer> covered = new EnumMap<>(IntervalMethod.class);
    Map<IntervalMethod, Double> widths = new EnumMap<>(IntervalMethod.class);
    for (int set = 0; set < DATASETS; set++) {
      ReliabilityData data = draw(random);
      for (IntervalMethod method : IntervalMethod.values()) {
        IntervalSpec spec =
            IntervalSpec.builder().method(method).resamples(RESAMPLES).seed(set).build();
        AlphaInterval i = KrippendorffAlpha.interval(data, Metric.ORDINAL, spec);
        assertThat(i.isDefined()).isTrue();
        covered.merge(method, i.contains(POPULATION_ALPHA) ? 1 : 0, Integer::sum);
        widths.merge(method, i.width(), Double::sum);
      }
    }
    for (IntervalMethod method : IntervalMethod.values()) {
      COVERAGE.put(method, covered.get(method) / (double) DATASETS);
      WIDTH.put(method, widths.get(method) / DATASETS);
    }
  }

  private static ReliabilityData draw(SplittableRandom random) {
    double[][] rows = new double[UNITS][CODERS];
    for (int u = 0; u < UNITS; u++) {
      int truth = level(random);
      for (int c = 0; c < CODERS; c++) {
        if (random.nextDouble() < 0.1) {
          rows[u][c] = Double.NaN;
        } else {
          rows[u][c] = random.nextDouble() < PI ? truth : level(random);
        }
      }
    }
    return ReliabilityData.of(rows);
  }

  private static int level(SplittableRandom random) {
    double u = random.nextDouble();
    for (int l = 0; l < LEVEL_SHARES.length; l++) {
      u -= LEVEL_SHARES[l];
      if (u < 0) {
        return l + 1;
      }
    }
    return LEVEL_SHARES.length;
  }

  @Test
  void theJackknifeCoversWithinTheTolerance() {
    assertThat(COVERAGE.get(IntervalMethod.JACKKNIFE)).isBetween(0.90, 0.98);
  }

  @Test
  void theUnitBootstrapCoversWithinTheTolerance() {
    assertThat(COVERAGE.get(IntervalMethod.UNIT_BOOTSTRAP)).isBetween(0.90, 0.98);
  }

  @Test
  void thePairBootstrapUnderCoversWithNarrowIntervals() {
    assertThat(COVERAGE.get(IntervalMethod.PAIR_BOOTSTRAP)).isLessThan(0.85);
    assertThat(WIDTH.get(IntervalMethod.PAIR_BOOTSTRAP))
        .isLessThan(0.75 * WIDTH.get(IntervalMethod.UNIT_BOOTSTRAP));
  }
}
